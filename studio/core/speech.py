"""Speakable text: exactly what is sent to a voice for one cue, and who says it.

Subtitles carry things a voice must not read: formatting tags, music notes, dialogue dashes, speaker
labels and hearing-impaired annotations. What is left is also what the estimate counts, so the cost
shown is the cost of the text actually sent.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_HTML_TAG = re.compile(r"</?\s*[a-zA-Z][^<>]*>")
_ASS_TAG = re.compile(r"\{\\[^{}]*\}")
_MUSIC = re.compile(r"[♪♫♩♬]+")
# Bracketed annotations: "[rires]", "(ELLE SOUPIRE)". Not nested; an unclosed one is left alone.
_ANNOTATION = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")
# A hyphen-minus glued to a digit is a minus sign ("-5 degrés"), not a dialogue dash: it is spoken.
_DASH = re.compile(r"^\s*(?!-[\d.,])[-‐‑–—]+\s*")
# A speaker label at a line start: "JEAN :", "MARIE:", "JEAN-PAUL :", "L'HOMME 2 :". Upper case only,
# so that "Attention : danger" is not mistaken for one.
_LABEL = re.compile(r"^\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 .'’\-]{0,30}?[A-ZÀ-ÖØ-Þ0-9])\s*:(?!\d)\s*")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_CLOSE = re.compile(r"\s+([,.])")
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum accepts, found in C


@dataclass(frozen=True)
class SpeechOptions:
    """Text cleaning settings (the defaults are what the app uses unless the user changes them)."""

    strip_annotations: bool = True


@dataclass(frozen=True)
class Speech:
    """The speakable text of a cue and the speaker cues found in it."""

    text: str
    # Speaker labels found at line starts, in order ("JEAN", "MARIE"); the first is the cue's speaker.
    speakers: tuple[str, ...] = ()
    # Lines start with dialogue dashes: two people talk in one cue.
    dialogue: bool = False

    @property
    def speaker(self) -> str | None:
        return self.speakers[0] if self.speakers else None

    @property
    def silent(self) -> bool:
        """Nothing to say: this cue is never sent to a voice."""
        return not self.text


def speech_of(text: str, options: SpeechOptions = SpeechOptions()) -> Speech:
    """Return what a voice should say for a cue's text as written."""
    # Each pass only where its marker occurs: a long film is cleaned line by line when it opens.
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if "{" in text:
        text = _ASS_TAG.sub("", text)
    text = html.unescape(text)
    text = _MUSIC.sub(" ", text)
    if options.strip_annotations and ("[" in text or "(" in text):
        text = _ANNOTATION.sub(" ", text)
    speakers: list[str] = []
    dashes = 0
    spoken_lines = []
    for line in text.splitlines():
        dash = _DASH.match(line)
        if dash:
            dashes += 1
            line = line[dash.end():]
        label = _LABEL.match(line)
        if label:
            speakers.append(_SPACES.sub(" ", label.group(1)).strip())
            line = line[label.end():]
            # "JEAN : - Salut" puts the dash after the label.
            line = _DASH.sub("", line, count=1)
        spoken_lines.append(line)
    spoken = _SPACES.sub(" ", " ".join(spoken_lines)).strip()
    spoken = _SPACE_BEFORE_CLOSE.sub(r"\1", spoken) if options.strip_annotations else spoken
    if not _ALNUM.search(spoken):
        spoken = ""  # only punctuation or notes left ("...", "♪ ♪"): nothing to say
    return Speech(spoken, tuple(speakers), dialogue=dashes >= 1 and len(spoken_lines) > 1)
