"""Every setting the GUI keeps, in one declarative table, read back tolerantly.

A settings file is user-editable and outlives app versions, so any value of the wrong type (a corrupt
file, an old format, a hand edit) reads as its default instead of crashing the app. Nothing secret
ever goes here: API keys live in the OS keychain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    # Turns whatever QSettings hands back into the right type, or raises to fall back to the default.
    convert: Callable[[Any], Any]


def _bytes(value: Any) -> QByteArray:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, (bytes, bytearray)):
        return QByteArray(bytes(value))
    raise TypeError(type(value).__name__)


def _str_list(value: Any) -> list[str]:
    # INI files hand back a one-element list as a plain string, and an empty list as None.
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise TypeError(type(value).__name__)


def _str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise TypeError(type(value).__name__)


def _bool(value: Any) -> bool:
    # INI files store booleans as "true"/"false" text.
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise TypeError(type(value).__name__)


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("bool")
    return int(value)  # INI files store numbers as text; int("abc") raises and falls back


WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
# The table over the timeline strip. A new key: the old one held a one-pane horizontal layout, and
# QSplitter.restoreState would bring that orientation back.
SPLITTER_STATE = "window/table_over_timeline"
HEADER_STATE = "table/header"
RECENT_FILES = "files/recent"
LAST_DIR = "files/last_dir"
RECENT_MAX = "files/recent_max"
# Text in brackets or parentheses is a hearing-impaired note ("[rires]"), not dialogue: not spoken.
STRIP_ANNOTATIONS = "speech/strip_annotations"

# The job: provider, voice per provider, ElevenLabs model and text normalisation, spending limits.
PROVIDER = "job/provider"
VOICE = {"offline": "job/voice/offline", "elevenlabs": "job/voice/elevenlabs", "narakeet": "job/voice/narakeet"}
MODEL = "elevenlabs/model"
TEXT_NORMALIZATION = "elevenlabs/text_normalization"  # auto | on | off (apply_text_normalization)
SEND_CONTEXT = "elevenlabs/send_context"  # neighbouring lines as previous_text/next_text
# API roots (data-residency hosts; "" means the provider's default).
BASE_URL = {"elevenlabs": "elevenlabs/base_url", "narakeet": "narakeet/base_url"}
# Preview: after a line plays, play the next one.
AUTO_ADVANCE = "preview/auto_advance"
# Requests at once: 0 follows the provider's plan; a lower number leaves room for other apps.
CONCURRENCY = "job/concurrency"
# Per-job budget cap in the provider's unit (0: no cap beyond the balance).
BUDGET_CAP = "job/budget_cap"
# Fitting clips to their slots (Tools ▸ Timing…): speed-up cap, borrowable silence, overflow policy.
MAX_SPEED = "timeline/max_speed"
BORROW_MS = "timeline/borrow_ms"
OVERFLOW_POLICY = "timeline/overflow"  # overlap | push: what a line that still does not fit does
MAX_SPEED_STEP = "timeline/max_speed_step"  # the most the speed may change between neighbours (0: off)
# Export: loudness normalisation (EBU R128) and where the last dub was written.
NORMALIZE = "export/normalize"
TARGET_LUFS = "export/target_lufs"
EXPORT_DIR = "export/last_dir"
# Dub Video: the last mode, container and subtitles choice (the defaults for a new video), each video's
# own mode and output (JSON: path → choices), and how ducking lowers the original.
DUB_MODE = "dub_video/mode"
DUB_CONTAINER = "dub_video/container"
DUB_SUBTITLES = "dub_video/subtitles"
DUB_PER_VIDEO = "dub_video/per_video"
DUCK_DB = "dub_video/duck_db"
DUCK_FADE_DOWN_MS = "dub_video/duck_fade_down_ms"
DUCK_FADE_UP_MS = "dub_video/duck_fade_up_ms"
# The cap on the clip cache's rebuildable copies (decoded and fitted clips), in MB of 1024² bytes.
DERIVED_LIMIT_MB = "cache/derived_limit_mb"
# Interface language: "" follows the system; otherwise a code with a shipped translation ("en", "fr").
LANGUAGE = "ui/language"
# The welcome screen shows until the user has chosen a provider or the offline voice once.
WELCOME_DONE = "ui/welcome_done"
# Colours: "" follows the system's light or dark scheme; "light" or "dark" keeps one.
THEME = "ui/theme"
# At start, with no file named on the command line: open the most recent file again.
REOPEN_LAST = "ui/reopen_last"
# The Preferences window: the page shown last and its size.
PREFS_PAGE = "prefs/page"
PREFS_GEOMETRY = "prefs/geometry"


def _choice(*allowed: str) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        if value in allowed:
            return value
        raise ValueError(value)
    return convert


def _float(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError("bool")
    number = float(value)
    if number < 0 or number != number:
        raise ValueError(value)
    return number


def _number_in(convert: Callable[[Any], Any], low: float, high: float) -> Callable[[Any], Any]:
    """convert, then refuse values outside [low, high] (a hand-edited 9× speed-up reads as the default)."""
    def bounded(value: Any) -> Any:
        if isinstance(value, bool):
            raise TypeError("bool")
        number = convert(value)
        if not low <= number <= high:  # also refuses NaN
            raise ValueError(value)
        return number
    return bounded


# The one defaults table: adding a setting is one line here.
DEFAULTS: dict[str, Setting] = {s.key: s for s in [
    Setting(WINDOW_GEOMETRY, QByteArray(), _bytes),
    Setting(WINDOW_STATE, QByteArray(), _bytes),
    Setting(SPLITTER_STATE, QByteArray(), _bytes),
    Setting(HEADER_STATE, QByteArray(), _bytes),
    Setting(RECENT_FILES, [], _str_list),
    Setting(LAST_DIR, "", _str),
    Setting(RECENT_MAX, 10, _int),
    Setting(STRIP_ANNOTATIONS, True, _bool),
    Setting(PROVIDER, "offline", _choice("offline", "elevenlabs", "narakeet")),
    Setting(VOICE["offline"], "roa/fr", _str),
    Setting(VOICE["elevenlabs"], "", _str),
    Setting(VOICE["narakeet"], "", _str),
    Setting(MODEL, "eleven_multilingual_v2", _str),
    Setting(TEXT_NORMALIZATION, "auto", _choice("auto", "on", "off")),
    Setting(SEND_CONTEXT, True, _bool),
    Setting(BASE_URL["elevenlabs"], "", _str),
    Setting(BASE_URL["narakeet"], "", _str),
    Setting(BUDGET_CAP, 0.0, _float),
    Setting(AUTO_ADVANCE, False, _bool),
    Setting(CONCURRENCY, 0, _int),
    Setting(MAX_SPEED, 1.25, _number_in(float, 1.0, 2.0)),
    Setting(BORROW_MS, 1000, _number_in(_int, 0, 2000)),
    Setting(OVERFLOW_POLICY, "overlap", _choice("overlap", "push")),
    Setting(MAX_SPEED_STEP, 0.0, _number_in(float, 0.0, 1.0)),
    Setting(NORMALIZE, False, _bool),
    Setting(TARGET_LUFS, -16.0, _number_in(float, -40.0, -5.0)),
    Setting(EXPORT_DIR, "", _str),
    Setting(DUB_MODE, "replace", _choice("replace", "add", "duck")),
    Setting(DUB_CONTAINER, "mp4", _choice("mp4", "mkv")),
    Setting(DUB_SUBTITLES, False, _bool),
    Setting(DUB_PER_VIDEO, "{}", _str),
    Setting(DUCK_DB, -15.0, _number_in(float, -60.0, 0.0)),
    Setting(DUCK_FADE_DOWN_MS, 150, _number_in(_int, 0, 5000)),
    Setting(DUCK_FADE_UP_MS, 400, _number_in(_int, 0, 5000)),
    Setting(DERIVED_LIMIT_MB, 2048, _number_in(_int, 0, 1024 * 1024)),
    Setting(LANGUAGE, "", _choice("", "en", "fr")),
    Setting(WELCOME_DONE, False, _bool),
    Setting(THEME, "", _choice("", "light", "dark")),
    Setting(REOPEN_LAST, False, _bool),
    Setting(PREFS_PAGE, "", _str),
    Setting(PREFS_GEOMETRY, QByteArray(), _bytes),
]}


def _store() -> QSettings:
    # A fresh QSettings each time is cheap and always uses the application's organisation/name and
    # whatever format/path the tests configured.
    return QSettings()


def get(key: str) -> Any:
    """Return the setting's value, or its default when missing or unreadable."""
    setting = DEFAULTS[key]
    try:
        raw = _store().value(key, None)
    except Exception:  # noqa: BLE001 - a value QSettings itself cannot decode
        return _copy(setting.default)
    if raw is None and not isinstance(setting.default, list):
        return _copy(setting.default)
    try:
        return setting.convert(raw)
    except (TypeError, ValueError):
        return _copy(setting.default)


def put(key: str, value: Any) -> None:
    """Store a setting (the key must be in DEFAULTS, so a typo fails loudly in tests)."""
    DEFAULTS[key].convert(value)
    _store().setValue(key, value)


def reset() -> None:
    """Forget every setting (back to the defaults table)."""
    store = _store()
    for key in DEFAULTS:
        store.remove(key)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


# --- recent files ------------------------------------------------------------------------------

def recent_files() -> list[str]:
    """Recently opened files, most recent first (at most RECENT_MAX)."""
    return get(RECENT_FILES)[: max(1, get(RECENT_MAX))]


def add_recent_file(path: str) -> list[str]:
    """Put path first in the recent files and return the new list."""
    files = [path] + [p for p in get(RECENT_FILES) if p != path]
    files = files[: max(1, get(RECENT_MAX))]
    put(RECENT_FILES, files)
    return files


def remove_recent_file(path: str) -> None:
    put(RECENT_FILES, [p for p in get(RECENT_FILES) if p != path])
