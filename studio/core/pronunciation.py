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

from studio.core.coded_error import RULE_REFUSED, CodedError

ALPHABETS = ("ipa", "x-cmu")  # the PLS alphabet names; ElevenLabs takes both
MAX_GRAPHEME = 200            # a rule is for a word or a short phrase, not a paragraph


_WORD = re.compile(r"\w+")


class PronunciationError(CodedError, ValueError):
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
                                 "as it is written in the subtitles.", code=RULE_REFUSED,
                                 params={"reason": "no_letters"})
    if len(word) > MAX_GRAPHEME:
        raise PronunciationError(f"“{word[:30]}…” is too long for a pronunciation: use a word or a short "
                                 "phrase.", code=RULE_REFUSED, params={"reason": "too_long", "word": word[:30]})
    alias = None if alias is None else " ".join(str(alias).split())
    phoneme = None if phoneme is None else " ".join(str(phoneme).split())
    if alias:
        return Rule(word, alias=alias, case_sensitive=case_sensitive)
    if phoneme:
        if alphabet not in ALPHABETS:
            raise PronunciationError(f"The phoneme alphabet “{alphabet}” of “{word}” is not supported: use "
                                     "ipa or x-cmu.", code=RULE_REFUSED,
                                     params={"reason": "bad_alphabet", "alphabet": str(alphabet), "word": word})
        return Rule(word, phoneme=phoneme, alphabet=alphabet, case_sensitive=case_sensitive)
    raise PronunciationError(f"“{word}” has no alias or phoneme: type how it should be said.", code=RULE_REFUSED,
                             params={"reason": "nothing_said", "word": word})


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
    def _index(self) -> dict[str, list[tuple[int, Rule]]]:
        """Rules by the lower-cased first word of their grapheme, longest grapheme first, with the
        length of what precedes that word ("#" in "#tag"). One regex alternation of every rule costs
        time per rule at every position of every line (0.3 s a line with 3,000 names); this costs a
        dictionary lookup per word of the line."""
        index: dict[str, list[tuple[int, Rule]]] = {}
        for rule in self.rules:
            first = _WORD.search(rule.grapheme)
            if first is not None:
                index.setdefault(first.group().lower(), []).append((first.start(), rule))
        for candidates in index.values():
            candidates.sort(key=lambda item: -len(item[1].grapheme))
        return index

    def matches(self, text: str) -> list[Match]:
        """Where rules apply, left to right, never overlapping: whole words (no word character just
        before or after), the longest grapheme first where several start at the same word."""
        index = self._index
        if not index or not text:
            return []
        found: list[Match] = []
        done = 0
        for word in _WORD.finditer(text):
            for prefix, rule in index.get(word.group().lower(), ()):
                start = word.start() - prefix
                end = start + len(rule.grapheme)
                if start < done or not _matches_at(text, start, end, rule):
                    continue
                found.append(Match(start, end, rule))
                done = end
                break
        return found

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

    @cached_property
    def phoneme_rules(self) -> PronunciationDictionary:
        """The phoneme rules alone (what a voice fed phonemes applies after the aliases are written in);
        kept, as its index is built once for every line."""
        return PronunciationDictionary(tuple(r for r in self.rules if r.alias is None), self.name, self.language)

    def with_rule(self, rule: Rule) -> PronunciationDictionary:
        """A copy with rule added, or replacing the rule for the same word."""
        kept = tuple(r for r in self.rules if r.grapheme != rule.grapheme)
        return PronunciationDictionary(kept + (rule,), self.name, self.language)

    def as_json(self) -> list[dict[str, Any]]:
        return [rule.as_json() for rule in self.rules]


def rule_from_key(key: Sequence[object]) -> Rule:
    """The rule a clip key names (Rule.key()): how a provider learns the rules of one request."""
    grapheme, kind, spoken, case_sensitive = (str(key[0]), str(key[1]), str(key[2]), bool(key[3]))
    if kind == "alias":
        return Rule(grapheme, alias=spoken, case_sensitive=case_sensitive)
    alphabet, _, phoneme = spoken.partition(":")
    return Rule(grapheme, phoneme=phoneme, alphabet=alphabet, case_sensitive=case_sensitive)


def _matches_at(text: str, start: int, end: int, rule: Rule) -> bool:
    if start < 0 or end > len(text):
        return False
    if (start > 0 and _is_word(text[start - 1])) or (end < len(text) and _is_word(text[end])):
        return False
    found = text[start:end]
    return found == rule.grapheme if rule.case_sensitive else found.lower() == rule.grapheme.lower()


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


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
