"""Run dubbing-studio-cli as a real process with a private home and a test keychain.

The keychain is tests.keyring_backends.FileKeyring (a JSON file under the test's folder), selected
through keyring's own PYTHON_KEYRING_BACKEND variable: a subprocess cannot share an in-memory
keychain with the test, and it must never touch the real user's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from studio.secrets import ENV_VARS
from tests.keyring_backends import FILE_VAR

ROOT = Path(__file__).resolve().parents[1]


def isolated_env(base: Path) -> dict[str, str]:
    """Environment with HOME, XDG folders, TMPDIR and the keychain file all under base."""
    env = {k: v for k, v in os.environ.items()
           if k not in ENV_VARS.values() and not k.startswith(("XDG_", "DBUS_"))}
    dirs = {"HOME": "home", "XDG_CONFIG_HOME": "home/.config", "XDG_DATA_HOME": "home/.local/share",
            "XDG_CACHE_HOME": "home/.cache", "XDG_STATE_HOME": "home/.local/state", "TMPDIR": "tmp"}
    for var, sub in dirs.items():
        (base / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(base / sub)
    env["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backends.FileKeyring"
    keychain_file(base).parent.mkdir(parents=True, exist_ok=True)
    env[FILE_VAR] = str(keychain_file(base))
    env["PYTHONPATH"] = str(ROOT)  # the test backend is imported by keyring from the tests package
    return env


def keychain_file(base: Path) -> Path:
    return base / "keychain" / "test-keyring.json"


def run_cli(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studio.cli", *args], capture_output=True, env=env,
                          cwd=ROOT, input=stdin.encode() if stdin is not None else b"", timeout=60)
