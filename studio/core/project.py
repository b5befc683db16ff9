"""The project file: which subtitle file, which video, which voices and settings (JSON, versioned).

Paths are stored relative to the project file when they can be, so a project folder can be moved or
shared. Secrets never go here: API keys live in the OS keychain.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, MutableSequence, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from studio.core.atomic import save_failure_advice, write_atomic
from studio.core.clip_spec import SPEED_MAX, SPEED_MIN, VoiceSetup
from studio.core.coded_error import NOT_OPENED, NOT_SAVED, CodedError, write_params
from studio.core.cue_seeds import apply_values, numbered, seed_value, values_of
from studio.core.cues import Cue
from studio.core.fit import POLICIES
from studio.core.project_schema import DamagedField, SchemaError, check_fields, parse_body
from studio.core.pronunciation import PronunciationDictionary, dictionary_from_json
from studio.core.safe_read import MB, RefusedFile, not_regular_reason, read_regular

SCHEMA_VERSION = 1
SUFFIX = ".dubproj"
# A project with a voice on every line of a 10,000-line film is ~300 KB.
MAX_BYTES = 10 * MB


class ProjectError(CodedError):
    """A project file that cannot be read or written; the message says what to do."""


@dataclass
class Project:
    """Everything about a dub except the subtitles themselves (those stay in their SRT)."""

    srt_path: Path | None = None
    video_path: Path | None = None
    provider: str = "offline"
    model: str | None = None
    voice: str | None = None
    # Per-voice model and settings (ElevenLabs): {voice id: {"model": str | None, "settings": {...}}}.
    voice_settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Per-cue voice overrides, by 1-based cue number in the saved SRT.
    cue_voices: dict[int, str] = field(default_factory=dict)
    # Per-cue overflow policy ("overlap" | "push"), by 1-based cue number; other lines use the default.
    overflow_policies: dict[int, str] = field(default_factory=dict)
    # Per-cue speaking speed (ElevenLabs voice_settings.speed), by 1-based cue number.
    cue_speeds: dict[int, float] = field(default_factory=dict)
    # Per-cue alternative (shorter) wording, by 1-based cue number: what the voice says instead.
    alt_texts: dict[int, str] = field(default_factory=dict)
    # Per-cue seed (ElevenLabs `seed`) of a line re-rendered after clip QA, by 1-based cue number.
    cue_seeds: dict[int, int] = field(default_factory=dict)
    # How names and words are said (aliases / phonemes); older files have none, older apps ignore it.
    pronunciations: PronunciationDictionary = field(default_factory=PronunciationDictionary)


def save_project(project: Project, path: str | os.PathLike) -> None:
    """Write the project atomically, paths relative to its folder where possible."""
    target = Path(path)
    data = asdict(project)
    data["srt_path"] = _relative(project.srt_path, target.parent)
    data["video_path"] = _relative(project.video_path, target.parent)
    data["cue_voices"] = {str(k): v for k, v in sorted(project.cue_voices.items())}
    data["overflow_policies"] = {str(k): v for k, v in sorted(project.overflow_policies.items())}
    data["cue_speeds"] = {str(k): v for k, v in sorted(project.cue_speeds.items())}
    data["alt_texts"] = {str(k): v for k, v in sorted(project.alt_texts.items())}
    data["cue_seeds"] = {str(k): v for k, v in sorted(project.cue_seeds.items())}
    data["pronunciations"] = project.pronunciations.as_json()
    body = {"schema": SCHEMA_VERSION, "app": "dubbing-studio", **data}
    text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomic(target, text.encode("utf-8"), backup_suffix=".bak")
    except OSError as err:
        raise ProjectError(f"{target.name} was not saved (nothing changed on disk): "
                           f"{save_failure_advice(err)}.", code=NOT_SAVED,
                           params=write_params(err, target=target.name)) from None


def load_project(path: str | os.PathLike) -> Project:
    """Read a project file; raise ProjectError with a one-line reason when it cannot be used."""
    source = Path(path)
    name = source.name
    try:
        text = read_regular(source, MAX_BYTES, "project file").decode("utf-8-sig")
        body = parse_body(text)
    except FileNotFoundError:
        raise ProjectError(f"{name} was not found: check the path.", code=NOT_OPENED,
                           params={"name": name, "reason": "not_found"}) from None
    except RefusedFile as err:
        raise ProjectError(str(err)) from None
    except (OSError, UnicodeDecodeError, SchemaError) as err:
        raise ProjectError(f"{name} is not a readable project file ({_short(err)}): open the subtitle "
                           "file instead.", code=NOT_OPENED,
                           params={"name": name, "reason": "not_project", "detail": _short(err)}) from None
    if body.get("app") != "dubbing-studio":
        raise ProjectError(f"{name} is not a Dubbing Studio project file.", code=NOT_OPENED,
                           params={"name": name, "reason": "not_ours"})
    schema = body.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema > SCHEMA_VERSION:
        raise ProjectError(f"{name} was written by a newer Dubbing Studio: update the app "
                           "to open it.", code=NOT_OPENED, params={"name": name, "reason": "newer"})
    try:
        check_fields(body)
        project = Project(
            srt_path=_absolute(body.get("srt_path"), source.parent),
            video_path=_absolute(body.get("video_path"), source.parent),
            provider=body.get("provider") or "offline",
            model=body.get("model"),
            voice=body.get("voice"),
            voice_settings=normalize_voice_settings(body.get("voice_settings"), body.get("voice")),
            cue_voices={int(k): v for k, v in (body.get("cue_voices") or {}).items()},
            overflow_policies=overflow_policies_of(body.get("overflow_policies")),
            cue_speeds=cue_speeds_from(body.get("cue_speeds")),
            alt_texts=numbered(body.get("alt_texts"), _wording),
            cue_seeds=numbered(body.get("cue_seeds"), seed_value),
            pronunciations=dictionary_from_json(body.get("pronunciations")),
        )
    except DamagedField as err:
        raise ProjectError(f"{name} has a damaged field ({err}): fix it in a text editor, or open the "
                           "subtitle file instead.", code=NOT_OPENED,
                           params={"name": name, "reason": "damaged", "detail": str(err)}) from None
    _check_video(project.video_path, name)
    return project


def _check_video(video: Path | None, name: str) -> None:
    """The player and ffmpeg would wait forever on a FIFO named as the video, like the reader did."""
    try:
        kind = not_regular_reason(os.stat(video).st_mode) if video is not None else None
    except (OSError, ValueError):
        return  # a video that was moved: the window asks for it again
    if kind is not None:
        raise ProjectError(f'{name} has a damaged field ("video_path" names {video.name}, which is '
                           f"{kind}, not a video file): fix it in a text editor, or open the subtitle "
                           "file instead.")


def voice_settings_entry(model: str | None, settings: Mapping[str, Any] | None) -> dict[str, Any]:
    """One voice's entry in Project.voice_settings, in the shape the file stores."""
    return {"model": model or None, "settings": {str(k): v for k, v in (settings or {}).items() if v is not None}}


def normalize_voice_settings(raw: object, project_voice: str | None = None) -> dict[str, dict[str, Any]]:
    """Read voice_settings tolerantly: the per-voice shape, a voice's bare settings, or (early files) one
    flat settings mapping, which belonged to the project's voice. Anything unreadable is dropped rather
    than refusing the whole project: these are preferences, the subtitles matter more."""
    if not isinstance(raw, Mapping):
        return {}
    out: dict[str, dict[str, Any]] = {}
    flat: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, Mapping):
            if "settings" in value or "model" in value:
                settings = value.get("settings")
                model = value.get("model")
                out[str(key)] = voice_settings_entry(None if model is None else str(model),
                                                     settings if isinstance(settings, Mapping) else None)
            else:
                out[str(key)] = voice_settings_entry(None, value)
        elif isinstance(value, (int, float, bool)):
            flat[str(key)] = value
    if flat and project_voice and project_voice not in out:
        out[project_voice] = voice_settings_entry(None, flat)
    return out


def overflow_policies_of(raw: object) -> dict[int, str]:
    """Read overflow_policies tolerantly: an entry with a bad number or an unknown policy is dropped
    (that line falls back to the default policy) rather than refusing the whole project."""
    return numbered(raw, lambda value: str(value) if value in POLICIES else None)


def cue_voices_of(cues: Sequence[Cue]) -> dict[int, str]:
    """The per-line voice overrides of cues, by 1-based number (what the project file stores)."""
    return {number: cue.voice for number, cue in enumerate(cues, start=1) if cue.voice}


def apply_cue_voices(cues: MutableSequence[Cue], cue_voices: Mapping[int, str]) -> None:
    """Give cues their saved voices (numbers beyond the file are ignored: the SRT was shortened)."""
    for number, voice in cue_voices.items():
        if 1 <= number <= len(cues):
            cues[number - 1] = cues[number - 1].with_voice(voice)


def _speed(value: object) -> float | None:
    try:
        speed = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return speed if SPEED_MIN <= speed <= SPEED_MAX else None


def cue_speeds_from(raw: object) -> dict[int, float]:
    """Read cue_speeds tolerantly: an entry outside the provider's range or unreadable is dropped."""
    return numbered(raw, _speed)


def cue_speeds_of(cues: Sequence[Cue]) -> dict[int, float]:
    """The per-line speeds of cues, by 1-based number (what the project file stores)."""
    return values_of(cues, "speed")


def apply_cue_speeds(cues: MutableSequence[Cue], cue_speeds: Mapping[int, float]) -> None:
    apply_values(cues, cue_speeds, "speed")


def alt_texts_of(cues: Sequence[Cue]) -> dict[int, str]:
    """The per-line alternative wordings of cues, by 1-based number (what the project file stores)."""
    return values_of(cues, "alt_text")


def apply_alt_texts(cues: MutableSequence[Cue], alt_texts: Mapping[int, str]) -> None:
    apply_values(cues, alt_texts, "alt_text")


def apply_to_cues(cues: MutableSequence[Cue], project: Project) -> None:
    """Give cues everything the project keeps per line (voices, speeds, alternative texts, seeds): the
    window on opening and the CLI both go through here, so a line's clip is the same in both."""
    apply_cue_voices(cues, project.cue_voices)
    apply_cue_speeds(cues, project.cue_speeds)
    apply_alt_texts(cues, project.alt_texts)
    apply_values(cues, project.cue_seeds, "seed")


def voice_setups_of(project: Project) -> dict[str, VoiceSetup]:
    """The project's per-voice model and settings, as the clip keys take them."""
    return {voice_id: VoiceSetup.from_mapping(setup.get("model"), setup.get("settings"))
            for voice_id, setup in (project.voice_settings or {}).items() if isinstance(setup, dict)}


def companion_path(srt_path: str | os.PathLike) -> Path:
    """Where the project of a plain SRT lives: next to it, same name, .dubproj."""
    return Path(srt_path).with_suffix(SUFFIX)


def _wording(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _relative(path: Path | None, base: Path) -> str | None:
    if path is None:
        return None
    try:
        return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return str(path)


def _absolute(value: object, base: Path) -> Path | None:
    if value in (None, ""):
        return None
    path = Path(str(value))
    return path if path.is_absolute() else (base / path).resolve()


def _short(err: Exception) -> str:
    return str(err).splitlines()[0][:80] if str(err) else type(err).__name__
