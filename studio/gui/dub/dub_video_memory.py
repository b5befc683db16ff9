"""What the "Dub video" dialog remembers: each video's mode and output, and the last choices as defaults.

A video dubbed before gets its own mode and output back; a new one gets the last mode used and the
name `<video> (dub fr).mp4` beside the original. Ducking's depth and fades, and whether the subtitles
go along, are remembered as they were last set. Kept in QSettings (studio/gui/kit/settings.py); a damaged
value reads as the default.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from studio.core.languages import find
from studio.core.mux import MODES, DuckSettings
from studio.gui.kit import settings

VIDEO_CONTAINERS = ("mp4", "mkv")
_MOST_VIDEOS = 50  # videos remembered; the oldest are forgotten


@dataclass(frozen=True)
class DubVideoOptions:
    """What the user chose in the "Dub video" dialog (arguments for mux_video)."""

    video: Path
    output: Path
    mode: str = "replace"  # one of studio.core.mux.MODES
    language: str | None = "fra"  # ISO 639-2 code for the dub's audio track; None: untagged
    duck: DuckSettings = field(default_factory=DuckSettings)
    subtitles: bool = False  # the subtitles go into the video as a subtitle stream


def suggested_output(video: Path, language: str | None, container: str) -> Path:
    """`film (dub fr).mp4` beside film.mp4 (`film (dub).mkv` when the language is not tagged)."""
    lang = find(language)
    tag = f"dub {lang.alpha2}" if lang else "dub"
    return video.with_name(f"{video.stem} ({tag}).{container}")


def remembered_options(video: Path | None, language: str | None) -> DubVideoOptions:
    """The options to open the dialog with for video (None: no video chosen yet)."""
    duck = DuckSettings(settings.get(settings.DUCK_DB), settings.get(settings.DUCK_FADE_DOWN_MS),
                        settings.get(settings.DUCK_FADE_UP_MS))
    mode, container = settings.get(settings.DUB_MODE), settings.get(settings.DUB_CONTAINER)
    output = Path()
    if video is not None:
        own = _per_video().get(str(video), {})
        if own.get("mode") in MODES:
            mode = own["mode"]
        output = Path(own["output"]) if isinstance(own.get("output"), str) and own["output"] \
            else suggested_output(video, language, container)
    return DubVideoOptions(video or Path(), output, mode, language, duck, settings.get(settings.DUB_SUBTITLES))


def remember(options: DubVideoOptions) -> None:
    """Keep the choices: for this video, and as the defaults for the next one."""
    settings.put(settings.DUB_MODE, options.mode)
    container = options.output.suffix.lstrip(".").lower()
    if container in VIDEO_CONTAINERS:
        settings.put(settings.DUB_CONTAINER, container)
    settings.put(settings.DUB_SUBTITLES, options.subtitles)
    settings.put(settings.DUCK_DB, float(options.duck.duck_db))
    settings.put(settings.DUCK_FADE_DOWN_MS, int(options.duck.fade_down_ms))
    settings.put(settings.DUCK_FADE_UP_MS, int(options.duck.fade_up_ms))
    videos = _per_video()
    videos.pop(str(options.video), None)
    videos[str(options.video)] = {"mode": options.mode, "output": str(options.output)}
    settings.put(settings.DUB_PER_VIDEO, json.dumps(dict(list(videos.items())[-_MOST_VIDEOS:])))


def _per_video() -> dict[str, dict]:
    try:
        value = json.loads(settings.get(settings.DUB_PER_VIDEO))
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {key: item for key, item in value.items() if isinstance(key, str) and isinstance(item, dict)}
