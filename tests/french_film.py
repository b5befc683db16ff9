"""A deterministic 200-line French SRT with everything real subtitles carry (accents, italics, dialogue
dashes, speaker labels, hearing-impaired notes, numbers, a note-only line), for cost and render tests."""

from __future__ import annotations

import random

from studio.core.timecode import format_ms

_LINES = [
    "Bonjour, je m'appelle Élodie.", "<i>Où étais-tu hier soir ?</i>", "- Salut !\n- Ça va ?",
    "MARC : On part à 8 h 30, pas plus tard.", "[rires] C'est incroyable.", "Il a coûté 1 250 €, tu te rends compte ?",
    "Je ne sais pas... peut-être demain.", "« Mon Dieu », dit-elle en français.", "♪ ♪",
    "Allez, on y va ! Vite, vite !", "Le 3 décembre 2026, tout a changé.", "(soupir) Encore toi ?",
    "Qu'est-ce que tu fais là, à cette heure-ci ?", "- Non.\n- Si !", "JULIE : Attends-moi !",
    "L'été dernier, nous étions à Montréal.", "Ça fait déjà trois ans, n'est-ce pas ?",
]

_TAILS = ["Vraiment.", "D'accord ?", "Très bien.", "Oh là là !", "Tu viens ?", "Regarde ça.", "Déjà ?",
          "Je t'assure.", "Pas maintenant.", "C'est fini.", "Écoute-moi.", "Bien sûr.", "Non, merci.",
          "Quelle journée !", "On verra.", "Dépêche-toi."]


def french_srt(cues: int = 200, seed: int = 7) -> str:
    rng = random.Random(seed)
    blocks, start = [], 1000
    for index in range(1, cues + 1):
        text = _LINES[(index - 1) % len(_LINES)]
        if index > len(_LINES):  # real films rarely repeat a line word for word: vary the rest
            text += " " + " ".join(rng.choice(_TAILS) for _ in range(1 + index % 3))
        end = start + 1200 + rng.randrange(0, 2500)
        blocks.append(f"{index}\n{format_ms(start)} --> {format_ms(end)}\n{text}\n")
        start = end + 200 + rng.randrange(0, 1500)
    return "\n".join(blocks)
