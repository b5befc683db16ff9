"""Phoneme rules said by a Piper voice: the rule's IPA in place of the word's espeak-ng phonemes.

A Piper voice reads espeak-ng IPA mapped to ids by its `phoneme_id_map`, so an IPA rule (or a CMU one,
rewritten in espeak-ng's IPA) is honoured exactly by phonemizing the text around the word and inserting
the rule's phonemes where the word was. A symbol the voice never learnt would be dropped silently
(as Piper drops it) and the name said wrong: such a rule is refused for that voice, with the symbols.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from studio.core.arpabet import ArpabetError, to_ipa
from studio.core.pronunciation import PronunciationDictionary, Rule

# Notation that does not change the sounds: tie bars, IPA syllable breaks (a "." would be read as a
# full stop), the slashes and brackets around a transcription.
_NOTATION = str.maketrans("", "", "\u0361\u035c./[]")
# Single-character ligatures and the ASCII "g" (the IPA's own letter is "ɡ", which voices map),
# spelt as espeak-ng spells them.
_EQUIVALENTS = {"ʧ": "tʃ", "ʤ": "dʒ", "ʦ": "ts", "ʣ": "dz", "g": "ɡ"}
# Markers for the words rules say: Unicode's private use area, which no clause punctuation is in.
_FIRST_MARK, _MARKS = 0xE000, 0x1900
_PRIVATE = re.compile("([\ue000-\uf8ff])")


class PhonemeRuleError(Exception):
    """A phoneme rule this voice cannot say; the message names the word, the symbols and what to do.

    `reason` ("unknown_symbols", "unreadable", "no_sound") and `params` (word, symbols, voice, detail)
    say the same structured, so the window can word it in its own language."""

    def __init__(self, message: str, reason: str, **params: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.params = params


def voice_ipa(rule: Rule, id_map: Mapping[str, object], voice_name: str) -> str:
    """The rule's phonemes as the voice reads them (NFD, as the ids are looked up)."""
    phonemes = rule.phoneme or ""
    if rule.alphabet == "x-cmu":
        try:
            phonemes = to_ipa(phonemes)
        except ArpabetError as error:
            raise PhonemeRuleError(f"The pronunciation of “{rule.grapheme}” cannot be read: {error}",
                                   "unreadable", word=rule.grapheme, detail=str(error),
                                   token=error.token) from None
    phonemes = unicodedata.normalize("NFD", " ".join(phonemes.translate(_NOTATION).split()))
    phonemes = "".join(ch if ch in id_map else _EQUIVALENTS.get(ch, ch) for ch in phonemes)
    missing = sorted({ch for ch in phonemes if ch not in id_map})
    if missing:
        shown = ", ".join(f"“{ch}”" for ch in missing)
        raise PhonemeRuleError(f"The pronunciation of “{rule.grapheme}” uses {shown}, which the voice "
                               f"{voice_name} cannot say: write its phonemes with sounds of this voice's "
                               "language, or give the word an alias instead.", "unknown_symbols",
                               word=rule.grapheme, symbols=" ".join(missing), voice=voice_name)
    if not any(ch.isalpha() for ch in phonemes):
        raise PhonemeRuleError(f"The pronunciation of “{rule.grapheme}” has no sound in it: type its "
                               "phonemes, or give the word an alias instead.", "no_sound", word=rule.grapheme)
    return phonemes


def ruled_text(text: str, rules: Sequence[Rule], phonemize: Callable[[str], str], id_map: Mapping[str, object],
               voice_name: str) -> tuple[str, Callable[[str], str]]:
    """(text with each word a rule says replaced by a marker, a phonemize that says the markers with
    their rules' phonemes and the rest as espeak-ng reads it). Marking before the text is split into
    clauses keeps a word with punctuation in it ("St. John") whole. Every rule is checked first, so a
    rule the voice cannot say stops the line before any audio is made."""
    said = {id(rule): voice_ipa(rule, id_map, voice_name) for rule in rules}
    text = _PRIVATE.sub(" ", text)  # no character of the subtitle may pass for a marker
    matches = PronunciationDictionary(tuple(rules)).matches(text)[:_MARKS]
    if not matches:
        return text, phonemize
    phonemes: list[str] = []
    out, last = [], 0
    for match in matches:
        out += [text[last:match.start], chr(_FIRST_MARK + len(phonemes))]
        phonemes.append(said[id(match.rule)])
        last = match.end
    out.append(text[last:])

    def with_rules(words: str) -> str:
        pieces = []
        for part in _PRIVATE.split(words):
            if len(part) == 1 and _PRIVATE.fullmatch(part):
                pieces.append(phonemes[ord(part) - _FIRST_MARK])
            elif part.strip():
                pieces.append(phonemize(part))
        return " ".join(piece for piece in pieces if piece)

    return "".join(out), with_rules
