"""What a dub costs: balance, totals, the spend prompt, the usage plot, the money dock and the voice-slot meter."""
