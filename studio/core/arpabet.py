"""CMU Arpabet (the PLS alphabet "x-cmu") written in IPA as espeak-ng writes General American English.

Natural offline voices are fed espeak-ng's IPA, so a CMU rule is honoured by rewriting it in the same
spelling: espeak-ng's long vowels ("iː", "uː", "ɑː", "ɔː", "ɜː"), "ɹ" for R, the stress mark just
before the stressed vowel ("kˈæt"), and the unstressed forms of AH and ER ("ə", "ɚ").
"""

from __future__ import annotations

import re

# Vowels: (stressed, unstressed) spelling; consonants map one to one.
_VOWELS: dict[str, tuple[str, str]] = {
    "AA": ("ɑː", "ɑː"), "AE": ("æ", "æ"), "AH": ("ʌ", "ə"), "AO": ("ɔː", "ɔː"), "AW": ("aʊ", "aʊ"),
    "AY": ("aɪ", "aɪ"), "EH": ("ɛ", "ɛ"), "ER": ("ɜː", "ɚ"), "EY": ("eɪ", "eɪ"), "IH": ("ɪ", "ɪ"),
    "IY": ("iː", "i"), "OW": ("oʊ", "oʊ"), "OY": ("ɔɪ", "ɔɪ"), "UH": ("ʊ", "ʊ"), "UW": ("uː", "u"),
}
_CONSONANTS: dict[str, str] = {
    "B": "b", "CH": "tʃ", "D": "d", "DH": "ð", "F": "f", "G": "ɡ", "HH": "h", "JH": "dʒ", "K": "k",
    "L": "l", "M": "m", "N": "n", "NG": "ŋ", "P": "p", "R": "ɹ", "S": "s", "SH": "ʃ", "T": "t",
    "TH": "θ", "V": "v", "W": "w", "Y": "j", "Z": "z", "ZH": "ʒ",
}
_STRESS = {"1": "ˈ", "2": "ˌ"}
_SYMBOL = re.compile(r"([A-Za-z]+)([012]?)")


class ArpabetError(ValueError):
    """A CMU string with a symbol that is not Arpabet; the message names it, and so does `token`."""

    def __init__(self, token: str) -> None:
        super().__init__(f"“{token}” is not a CMU Arpabet symbol: write it as in the CMU dictionary (for "
                         "example N G UW1 Y EH0 N).")
        self.token = token


def to_ipa(cmu: str) -> str:
    """"N G UW1 Y EH0 N" -> "nɡˈuːjɛn": spaces separate symbols, a "|" the words of a phrase."""
    words = []
    for word in cmu.split("|"):
        out = []
        for token in word.split():
            found = _SYMBOL.fullmatch(token)
            name = found.group(1).upper() if found else ""
            if name in _VOWELS:
                stress = found.group(2)  # type: ignore[union-attr] - found is set when name is
                stressed, unstressed = _VOWELS[name]
                out.append(_STRESS.get(stress, "") + (unstressed if stress == "0" else stressed))
            elif name in _CONSONANTS and not found.group(2):  # type: ignore[union-attr]
                out.append(_CONSONANTS[name])
            else:
                raise ArpabetError(token)
        if out:
            words.append("".join(out))
    return " ".join(words)
