"""A project's pronunciation dictionary: how names and words are said, and the text that makes it so.

Each rule maps a word as written (the grapheme) to either an alias (another spelling every voice can
read: "Nguyen" -> "Win") or a phoneme string (IPA or CMU Arpabet, which only some voices honour). The
matching follows ElevenLabs' rule model so that what the app costs and keys locally is what the
service does remotely: whole words only, case-sensitive unless a rule says otherwise (PLS files are
case-sensitive too), the longest grapheme first, and one pass (an alias is never itself replaced).

Reading and writing the W3C Pronunciation Lexicon (PLS) lives in `studio.core.pls`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

ALPHABETS = ("ipa", "x-cmu")  # the PLS alphabet names; ElevenLabs takes both
MAX_GRAPHEME = 200            # a rule is for a word or a short phrase, not a paragraph


class PronunciationError(ValueError):
    """A rule or a dictionary file that cannot be used; the message says what to do."""


@dataclass(frozen=True)
class Rule:
    """One word and how to say it: exactly one of alias / phoneme is set."""

    grapheme: str
    alias: str | None = None
    phoneme: str | None = None
    alphabet: str = "ipa"       # of the phoneme
    case_sensitive: bool = True

    @property
    def kind(self) -> str:
        return "alias" if self.alias is not None else "phoneme"

    @property
    def spoken(self) -> str:
        """What replaces the word: the alias, or the phoneme string."""
        return self.alias if self.alias is not None else (self.phoneme or "")

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"word": self.grapheme}
        if self.alias is not None:
            out["alias"] = self.alias
        else:
            out["phoneme"] = self.phoneme
            out["alphabet"] = self.alphabet
        if not self.case_sensitive:
            out["case_sensitive"] = False
        return out

    def key(self) -> tuple[str, str, str, bool]:
        """What decides this rule's effect on audio (part of a clip key where the provider applies it)."""
        return (self.grapheme, self.kind, self.spoken if self.alias is not None else
                f"{self.alphabet}:{self.phoneme}", self.case_sensitive)


def make_rule(word: str, alias: str | None = None, phoneme: str | None = None, alphabet: str = "ipa",
              case_sensitive: bool = True) -> Rule:
    """A checked rule; raise PronunciationError saying what to fix."""
    word = " ".join(str(word).split())
    if not word or not any(ch.isalnum() for ch in word):
        raise PronunciationError("A pronunciation needs a word that has letters or digits: type the word "
                                 "as it is written in the subtitles.")
    if len(word) > MAX_GRAPHEME:
        raise PronunciationError(f"“{word[:30]}…” is too long for a pronunciation: use a word or a short "
                                 "phrase.")
    alias = None if alias is None else " ".join(str(alias).split())
    phoneme = None if phoneme is None else " ".join(str(phoneme).split())
    if alias:
        return Rule(word, alias=alias, case_sensitive=case_sensitive)
    if phoneme:
        if alphabet not in ALPHABETS:
            raise PronunciationError(f"The phoneme alphabet “{alphabet}” of “{word}” is not supported: use "
                                     "ipa or x-cmu.")
        return Rule(word, phoneme=phoneme, alphabet=alphabet, case_sensitive=case_sensitive)
    raise PronunciationError(f"“{word}” has no alias or phoneme: type how it should be said.")


@dataclass(frozen=True)
class Match:
    """One place a rule applies in a text."""

    start: int
    end: int
    rule: Rule


@dataclass(frozen=True)
class PronunciationDictionary:
    """The project's rules, in the order the user gave them (a word appears once)."""

    rules: tuple[Rule, ...] = ()
    name: str = ""
    language: str | None = None  # xml:lang of the PLS, when known

    def __bool__(self) -> bool:
        return bool(self.rules)

    @cached_property
    def _compiled(self) -> re.Pattern[str] | None:
        if not self.rules:
            return None
        # Longest first so "Jean-Paul" wins over "Jean"; one named group per rule says which matched.
        order = sorted(range(len(self.rules)), key=lambda i: -len(self.rules[i].grapheme))
        parts = []
        for i in order:
            body = re.escape(self.rules[i].grapheme)
            body = body if self.rules[i].case_sensitive else f"(?i:{body})"
            parts.append(f"(?P<r{i}>(?<!\\w){body}(?!\\w))")
        return re.compile("|".join(parts))

    def matches(self, text: str) -> list[Match]:
        pattern = self._compiled
        if pattern is None or not text:
            return []
        return [Match(m.start(), m.end(), self.rules[int(m.lastgroup[1:])])  # type: ignore[index]
                for m in pattern.finditer(text)]

    def matching(self, text: str) -> tuple[Rule, ...]:
        """The rules that apply to text, each once, in dictionary order."""
        used = {id(m.rule) for m in self.matches(text)}
        return tuple(rule for rule in self.rules if id(rule) in used)

    def apply(self, text: str, *, phonemes: bool = False) -> str:
        """The text with every alias applied (and, with phonemes=True, the phoneme strings too: what a
        provider that bills the replaced text would count)."""
        out, last = [], 0
        for m in self.matches(text):
            if m.rule.alias is None and not phonemes:
                continue
            out.append(text[last:m.start])
            out.append(m.rule.spoken)
            last = m.end
        out.append(text[last:])
        return "".join(out)

    def billed_chars(self, text: str) -> int:
        """Characters a provider applying this dictionary itself may bill for text. ElevenLabs does not
        document whether it bills the text sent or the text after its dictionaries (UNDOCUMENTED in
        reference/elevenlabs.md and the spec), so this is the larger of the two: never below the bill."""
        return max(len(text), len(self.apply(text, phonemes=True)))

    def with_rule(self, rule: Rule) -> PronunciationDictionary:
        """A copy with rule added, or replacing the rule for the same word."""
        kept = tuple(r for r in self.rules if r.grapheme != rule.grapheme)
        return PronunciationDictionary(kept + (rule,), self.name, self.language)

    def as_json(self) -> list[dict[str, Any]]:
        return [rule.as_json() for rule in self.rules]


def dictionary_of(rules: Iterable[Rule], name: str = "", language: str | None = None) -> PronunciationDictionary:
    """A dictionary of rules, keeping the first rule of a repeated word."""
    seen: set[str] = set()
    kept = []
    for rule in rules:
        if rule.grapheme not in seen:
            seen.add(rule.grapheme)
            kept.append(rule)
    return PronunciationDictionary(tuple(kept), name, language)


def dictionary_from_json(raw: object) -> PronunciationDictionary:
    """Read the project file's list tolerantly: an unreadable rule is dropped, not the project."""
    if not isinstance(raw, Sequence) or isinstance(raw, (str, bytes)):
        return PronunciationDictionary()
    rules = []
    for entry in raw:
        if not isinstance(entry, Mapping):
            continue
        try:
            rules.append(make_rule(str(entry.get("word") or ""), _opt(entry.get("alias")),
                                   _opt(entry.get("phoneme")), str(entry.get("alphabet") or "ipa"),
                                   entry.get("case_sensitive") is not False))
        except PronunciationError:
            continue
    return dictionary_of(rules)


def _opt(value: object) -> str | None:
    return None if value is None else str(value)
