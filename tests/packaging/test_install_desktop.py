"""packaging/linux/install-desktop.sh into a private XDG_DATA_HOME, from the source tree and from a
bundle's layout, with the desktop's own cache tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.layout import ICONS, LINUX, require_tool

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop integration")

SCRIPT = LINUX / "install-desktop.sh"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def install(tmp_path: Path, *args: str, script: Path = SCRIPT) -> tuple[Path, subprocess.CompletedProcess]:
    data = tmp_path / "data"
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(data)}
    proc = subprocess.run(["bash", str(script), *args], env=env, capture_output=True, text=True, timeout=60)
    return data, proc


def test_installs_entry_icons_and_mime_type_and_refreshes_the_caches(tmp_path):
    for tool in ("update-mime-database", "update-desktop-database"):
        require_tool(tool)
    data, proc = install(tmp_path)
    assert proc.returncode == 0, proc.stderr
    entry = data / "applications" / "dubbing-studio.desktop"
    assert entry.read_bytes() == (LINUX / "dubbing-studio.desktop").read_bytes()
    assert (data / "mime" / "packages" / "dubbing-studio.xml").is_file()
    for size in SIZES:
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "dubbing-studio.png"
        assert icon.read_bytes() == (ICONS / f"dubbing-studio-{size}.png").read_bytes()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "dubbing-studio.svg").is_file()
    # What file managers read: *.dubproj is our type, and both types open with our entry.
    globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert "application/x-dubbing-studio-project:*.dubproj" in globs
    cache = (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert "application/x-subrip=dubbing-studio.desktop;" in cache
    assert "application/x-dubbing-studio-project=dubbing-studio.desktop;" in cache
    assert not (tmp_path / "home").exists()  # nothing outside XDG_DATA_HOME


def test_from_a_bundle_the_entry_runs_that_bundle(tmp_path):
    # The layout PyInstaller gives: <folder>/dubbing-studio, <folder>/_internal/{linux,resources}/
    folder = tmp_path / "Dubbing Studio 0.1"
    shutil.copytree(LINUX, folder / "_internal" / "linux")
    shutil.copytree(ICONS, folder / "_internal" / "resources" / "icons")
    executable = folder / "dubbing-studio"
    executable.write_text("#!/bin/sh\n", encoding="utf-8")
    executable.chmod(0o755)
    data, proc = install(tmp_path, script=folder / "_internal" / "linux" / "install-desktop.sh")
    assert proc.returncode == 0, proc.stderr
    entry = data / "applications" / "dubbing-studio.desktop"
    assert f'Exec="{executable}" %f\n' in entry.read_text(encoding="utf-8")
    validate = subprocess.run([require_tool("desktop-file-validate"), str(entry)], capture_output=True,
                              text=True)
    assert validate.returncode == 0 and not validate.stdout.strip(), validate.stdout
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "dubbing-studio.png").is_file()


def test_refuses_an_exec_path_it_cannot_quote_or_run(tmp_path):
    for bad in (str(tmp_path / "missing"), '/opt/a"b/dubbing-studio'):
        data, proc = install(tmp_path, "--exec", bad)
        assert proc.returncode == 2 and "install-desktop:" in proc.stderr
        assert not data.exists()
