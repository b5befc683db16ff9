"""Where the app's read-only resources live: the source tree, or a PyInstaller bundle.

Qt-free so the CLI, the packaging scripts and the GUI agree on one answer. A bundle unpacks next to
the executable (`sys._MEIPASS`); a source checkout or an editable install keeps `resources/` beside
the `studio` package.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` directory (icons, translations, samples)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_srt() -> Path:
    """The bundled French sample that the first run and the README open."""
    return resources_dir() / "samples" / "bonjour.srt"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return resources_dir() / "translations"
