"""Voices: the voice picker and its tabs, previews, voice settings, offline voice packs and the voice actions."""
