"""Who speaks each cue: `NAME:` labels and dialogue dashes, and the voice each cue gets from a
speaker → voice mapping.

    scan = detect_speakers(document.cues)
    for speaker in scan.speakers: print(speaker.name, speaker.lines)
    result = assign_voices(scan, {"JEAN": "pNInz6obpgDQGcFmaJgB", DASH_SECOND: "21m00Tcm4TlvDq8ikWAM"})
    result.voices  # {row: voice id}

The line rules are the ones `speech.speech_of` uses to strip labels and dashes from the text sent to a
voice (same regular expressions), so a label the user sees as a speaker here is exactly a label that
is not read aloud.

A cue has one voice (one clip). When two people speak in one cue (a dialogue with dashes, or two
labels) the cue takes its first speaker's voice and is reported in `VoiceAssignment.mixed`, so the
GUI can suggest splitting it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from studio.core.cues import Cue
# Private on purpose in speech.py; shared here so both modules read lines by the very same rules.
from studio.core.speech import _ASS_TAG, _DASH, _HTML_TAG, _LABEL, _SPACES

# Keys of the two alternating voices of an unlabelled dash dialogue ("- Tu es prête ?\n- Presque.").
# They are keys, not display text: the GUI shows them as translated names.
DASH_FIRST = "-1"
DASH_SECOND = "-2"
DASH_KEYS = (DASH_FIRST, DASH_SECOND)

NAME = "name"      # a speaker from a `NAME:` label
DASH = "dash"      # one side of an unlabelled dash dialogue


@dataclass(frozen=True)
class Turn:
    """A stretch of one cue said by one speaker (None: nothing says who)."""

    speaker: str | None
    text: str


@dataclass(frozen=True)
class CueSpeakers:
    """The speakers of one cue, in the order they speak."""

    row: int
    turns: tuple[Turn, ...] = ()
    dialogue: bool = False   # dialogue dashes: two people talk in this cue
    carried: bool = False    # no label of its own: the speaker was carried over from an earlier cue

    @property
    def speakers(self) -> tuple[str, ...]:
        """Distinct speakers in speaking order (unknown turns left out)."""
        seen: list[str] = []
        for turn in self.turns:
            if turn.speaker is not None and turn.speaker not in seen:
                seen.append(turn.speaker)
        return tuple(seen)

    @property
    def speaker(self) -> str | None:
        """The cue's main speaker: whoever speaks first."""
        return self.turns[0].speaker if self.turns else None


@dataclass(frozen=True)
class SpeakerCount:
    key: str
    kind: str          # NAME or DASH
    lines: int         # cues in which this speaker speaks
    first_row: int     # where the user can look to recognise them


@dataclass(frozen=True)
class SpeakerScan:
    cues: tuple[CueSpeakers, ...]
    speakers: tuple[SpeakerCount, ...]   # names in order of first appearance, then the dash voices

    @property
    def unknown_rows(self) -> list[int]:
        """Cues with speech but no speaker at all: they keep their current voice."""
        return [c.row for c in self.cues if c.turns and c.speaker is None and not c.speakers]


@dataclass(frozen=True)
class VoiceAssignment:
    # row → voice id, only for cues whose speaker is mapped (the others keep their voice).
    voices: dict[int, str] = field(default_factory=dict)
    # Rows where speakers mapped to different voices share one cue: spoken with the first one's voice.
    mixed: list[int] = field(default_factory=list)

    def rows_for(self, voice_id: str) -> list[int]:
        return sorted(row for row, voice in self.voices.items() if voice == voice_id)


def cue_turns(text: str) -> tuple[tuple[Turn, ...], bool]:
    """Split one cue's text into turns; returns (turns, dialogue).

    A new turn starts at a line with a dialogue dash or a label. In a dash dialogue, unlabelled turns
    alternate between DASH_FIRST and DASH_SECOND by position (subtitle convention: each dash is the
    other person). A label always wins over the dash position.
    """
    text = _ASS_TAG.sub("", _HTML_TAG.sub("", text))
    raw: list[tuple[str | None, bool, str]] = []  # (label, dash, spoken part of the line)
    for line in text.splitlines():
        dash = bool(_DASH.match(line))
        if dash:
            line = _DASH.sub("", line, count=1)
        label = _LABEL.match(line)
        name = None
        if label:
            name = _SPACES.sub(" ", label.group(1)).strip()
            line = _DASH.sub("", line[label.end():], count=1)
        if not line.strip() and name is None and not dash:
            continue
        raw.append((name, dash, line.strip()))
    if not raw:
        return (), False
    dashes = sum(1 for _, dash, _ in raw if dash)
    # Same rule as speech_of: one dash among several lines is a dialogue ("Salut.\n- Salut !").
    dialogue = dashes >= 1 and len(raw) > 1
    groups: list[list[tuple[str | None, str]]] = []
    for index, (name, dash, spoken) in enumerate(raw):
        if index == 0 or dash or name is not None:
            groups.append([(name, spoken)])
        else:
            groups[-1].append((name, spoken))
    turns = []
    for position, group in enumerate(groups):
        name = group[0][0]
        if name is None and dialogue and len(groups) > 1:
            name = DASH_KEYS[position % 2]
        spoken = _SPACES.sub(" ", " ".join(part for _, part in group)).strip()
        turns.append(Turn(name, spoken))
    return tuple(turns), dialogue and len(groups) > 1


def detect_speakers(cues: Sequence[Cue] | Iterable[Cue], *, carry_labels: bool = False) -> SpeakerScan:
    """The speakers of every cue, and each speaker's line count.

    carry_labels: a cue with speech but no label (and no dialogue) is said by the last labelled
    speaker, as many subtitle files only name the speaker when it changes. Off by default: guessing
    wrong would give a line the wrong voice without the user seeing why.
    """
    per_cue: list[CueSpeakers] = []
    last_name: str | None = None
    for row, cue in enumerate(cues):
        turns, dialogue = cue_turns(cue.text)
        carried = False
        if turns and len(turns) == 1 and turns[0].speaker is None and carry_labels and last_name:
            turns = (Turn(last_name, turns[0].text),)
            carried = True
        names = [t.speaker for t in turns if t.speaker is not None and t.speaker not in DASH_KEYS]
        if names and not carried:
            last_name = names[-1]
        per_cue.append(CueSpeakers(row, turns, dialogue, carried))
    counts: dict[str, list[int]] = {}  # key → [lines, first row]
    for entry in per_cue:
        for key in entry.speakers:
            if key in counts:
                counts[key][0] += 1
            else:
                counts[key] = [1, entry.row]
    named = [SpeakerCount(k, NAME, n, first) for k, (n, first) in counts.items() if k not in DASH_KEYS]
    dashes = [SpeakerCount(k, DASH, counts[k][0], counts[k][1]) for k in DASH_KEYS if k in counts]
    return SpeakerScan(tuple(per_cue), tuple(named + dashes))


def assign_voices(scan: SpeakerScan, mapping: Mapping[str, str | None]) -> VoiceAssignment:
    """Which voice each cue gets from a speaker → voice id mapping (unmapped speakers: no change).

    A cue takes the voice of its first mapped speaker; when its speakers map to different voices it
    is listed in `mixed` (one cue is one clip: it cannot change voice half way).
    """
    voices: dict[int, str] = {}
    mixed: list[int] = []
    for entry in scan.cues:
        chosen = [mapping[key] for key in entry.speakers if mapping.get(key)]
        if not chosen:
            continue
        voices[entry.row] = chosen[0]  # type: ignore[assignment]
        if len(set(chosen)) > 1:
            mixed.append(entry.row)
    return VoiceAssignment(voices, mixed)
