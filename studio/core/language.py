"""Which language a subtitle file is written in: the voice picker lists that language's voices first.

langdetect (a port of Google's language-detection) guesses from character n-grams; a few hundred
subtitle lines are plenty. Its answer is random unless seeded, and its profiles load once per process
(~1 s): callers run this off the GUI thread, and the lock keeps two first calls from loading twice.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from langdetect import DetectorFactory, LangDetectException, detect_langs

SAMPLE_CHARS = 20_000     # a few hundred lines: more adds time, not certainty
MIN_LETTERS = 12          # "Oui." or "[musique]" alone could be anything
# One Chinese, Japanese or Korean character carries about a word's worth of text: "我不知道" is a sentence.
_DENSE_WEIGHT = 3
MIN_PROBABILITY = 0.65    # below this the file is mixed or too short to say: no language, no filter
# (two short French lines score 0.71; "Bonjour. Hello. Hallo. Hola. Ciao." 0.57 for Spanish)

_lock = threading.Lock()


def detect_language(texts: Iterable[str]) -> str | None:
    """The ISO 639-1 code ("fr", "en", "zh") of the language most of texts are in, or None if unsure."""
    parts: list[str] = []
    size = 0
    for text in texts:
        text = " ".join(text.split())
        if text:
            parts.append(text)
            size += len(text) + 1
            if size >= SAMPLE_CHARS:
                break
    sample = " ".join(parts)
    if sum(_weight(char) for char in sample) < MIN_LETTERS:
        return None
    with _lock:
        DetectorFactory.seed = 0  # the same file always gets the same answer
        try:
            guesses = detect_langs(sample)
        except LangDetectException:
            return None
    best = guesses[0] if guesses else None
    if best is None or best.prob < MIN_PROBABILITY:
        return None
    return best.lang.split("-")[0]  # "zh-cn" -> "zh": the voices' codes are by language


def _weight(char: str) -> int:
    if not char.isalpha():
        return 0
    point = ord(char)
    dense = 0x3040 <= point <= 0x30FF or 0x3400 <= point <= 0x9FFF or 0xAC00 <= point <= 0xD7AF
    return _DENSE_WEIGHT if dense else 1
