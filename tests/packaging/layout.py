"""Where the packaging files are, and the external tools the packaging tests run."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"


def load_bundle() -> ModuleType:
    """packaging/pyinstaller/bundle.py, which is no part of the `studio` package (the spec loads it
    by path as well)."""
    spec = importlib.util.spec_from_file_location("bundle", ROOT / "packaging" / "pyinstaller" / "bundle.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def require_tool(name: str) -> str:
    """The tool's path; a missing tool fails (not skips) and says how to install it."""
    path = shutil.which(name)
    assert path, (f"{name} not found: install the test OS packages with `bash packaging/os-deps.sh --test` "
                  "(desktop-file-utils, shared-mime-info)")
    return path
