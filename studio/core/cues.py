"""The plain data of a subtitle document: cues and the problems found in them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cached_property

from studio.core.speech import Speech, SpeechOptions, speech_of


@dataclass(frozen=True)
class Cue:
    """One subtitle: its timing, its text as written, and what the file said about it.

    Cues are immutable: an edit makes a new cue, so an undo only has to keep the old one.
    """

    start_ms: int
    end_ms: int
    text: str
    # Display coordinates some files put after the timecodes ("X1:40 X2:600 ..."), kept for saving.
    position: str = ""
    # 1-based line of the timecode line in the file it was read from; None for cues made in the app.
    source_line: int | None = None
    # The timecode line as written when it could not be read ("" when the times are good); the
    # times are then a placeholder until the user sets them.
    bad_timing: str = ""
    # Per-line voice override (a provider voice id); None means the project's voice.
    voice: str | None = None
    # Per-line speaking speed sent to the provider (ElevenLabs voice_settings.speed); None means the
    # voice's own setting. Set only when the user accepts a re-render offer for a line too long.
    speed: float | None = None
    # A shorter wording the user proposed for a line too long for its slot (rung "alt_text" of the fit
    # ladder): when set, it is what the voice says; the subtitle keeps its text.
    alt_text: str | None = None
    # Per-line seed sent to the provider (ElevenLabs `seed`); None: the provider picks one. Set only when
    # the user re-renders a line whose clip QA found suspect, so the new take differs from the old.
    seed: int | None = None

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms

    @cached_property
    def speech(self) -> Speech:
        """What this cue says aloud with the default cleaning options (cached: cues are immutable)."""
        return speech_of(self.text)

    def speech_with(self, options: SpeechOptions) -> Speech:
        return self.speech if options == SpeechOptions() else speech_of(self.text, options)

    def cps(self, options: SpeechOptions | None = None) -> float:
        """Characters per second of speakable text (0 for a cue with no duration)."""
        seconds = self.duration_ms / 1000
        speech = self.speech if options is None else self.speech_with(options)
        return len(speech.text) / seconds if seconds > 0 else 0.0

    def with_text(self, text: str) -> Cue:
        return dataclasses.replace(self, text=text)

    def with_times(self, start_ms: int, end_ms: int) -> Cue:
        return self._same_text(dataclasses.replace(self, start_ms=start_ms, end_ms=end_ms, bad_timing=""))

    def with_voice(self, voice: str | None) -> Cue:
        return self._same_text(dataclasses.replace(self, voice=voice))

    def with_speed(self, speed: float | None) -> Cue:
        return self._same_text(dataclasses.replace(self, speed=speed))

    def with_alt_text(self, alt_text: str | None) -> Cue:
        wording = (alt_text or "").strip() or None  # a blank wording is no wording
        return self._same_text(dataclasses.replace(self, alt_text=wording))

    def spoken_with(self, options: SpeechOptions) -> Speech:
        """What the voice says: the alternative wording when the user set one, else the subtitle."""
        return self.speech_with(options) if self.alt_text is None else speech_of(self.alt_text, options)

    def alt_cps(self, options: SpeechOptions | None = None) -> float | None:
        """Characters per second of the alternative wording (None when there is none)."""
        if self.alt_text is None:
            return None
        seconds = self.duration_ms / 1000
        return len(speech_of(self.alt_text, options or SpeechOptions()).text) / seconds if seconds > 0 else 0.0
    def with_seed(self, seed: int | None) -> Cue:
        return self._same_text(dataclasses.replace(self, seed=seed))

    def _same_text(self, cue: Cue) -> Cue:
        # The same text says the same thing: shifting 10,000 lines must not clean 10,000 texts again.
        if "speech" in self.__dict__:
            cue.__dict__["speech"] = self.__dict__["speech"]
        return cue


# Problem kinds, stable strings: the CLI's JSON and the tests rely on them.
BAD_TIMECODE = "bad_timecode"
NEGATIVE_DURATION = "negative_duration"
ZERO_DURATION = "zero_duration"
OVERLAP = "overlap"
OUT_OF_ORDER = "out_of_order"
EMPTY_TEXT = "empty_text"
STRAY_TEXT = "stray_text"
ENCODING = "encoding"

# Errors make a line impossible to place in time (its clip has nowhere to go); every other kind is a
# warning: the line still renders (an empty one is silent, an overlap plays over its neighbour).
ERROR_KINDS = frozenset({BAD_TIMECODE, NEGATIVE_DURATION, ZERO_DURATION})
ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """Something wrong in a file or a cue, located by file line (None for cues made in the app)."""

    kind: str
    message: str
    line: int | None = None
    # 0-based row of the cue it belongs to, None for file-level problems (stray text, bad bytes).
    row: int | None = None
    # What the message names ("ms", "start", "text"...), by name: the window words the kind in its language.
    params: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def severity(self) -> str:
        return ERROR if self.kind in ERROR_KINDS else WARNING

    def as_json(self) -> dict:
        return {"line": self.line, "kind": self.kind, "severity": self.severity, "message": self.message}


@dataclass
class LoadReport:
    """How a file was read: what the CLI's `check` prints and the GUI shows after opening."""

    encoding: str
    bom: bool
    newline: str
    problems: list[Problem] = field(default_factory=list)
