"""The real bundle: build it with PyInstaller and run packaging/build-linux.sh's smoke checks.

It takes about 40 s, so it runs in CI as part of the suite: a bundle that only builds on the
release machine is a bundle nobody has tried.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(900)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the build script is the Linux one")
def test_the_linux_bundle_builds_and_passes_its_smoke_checks():
    proc = subprocess.run(["bash", str(ROOT / "packaging" / "build-linux.sh")], cwd=ROOT, capture_output=True,
                          text=True, timeout=880, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report[-4000:]
    assert "smoke-test ok:" in report
    bundle = ROOT / "dist" / "dubbing-studio"
    assert (bundle / "dubbing-studio").is_file() and (bundle / "dubbing-studio-cli").is_file()
    assert (bundle / "_internal" / "resources" / "samples" / "bonjour.srt").is_file()
