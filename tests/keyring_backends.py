"""Keyring backends for the tests only: never a way to store real keys.

MemoryKeyring keeps entries in a dict (in-process tests). FileKeyring keeps them in the JSON file named
by DUBBING_TEST_KEYRING_FILE, so a CLI subprocess and the test share a keychain: select it with
PYTHON_KEYRING_BACKEND=tests.keyring_backends.FileKeyring (the repository root on sys.path).
DUBBING_TEST_KEYRING_LOCKED=1 makes FileKeyring behave as a locked keychain.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

FILE_VAR = "DUBBING_TEST_KEYRING_FILE"
LOCKED_VAR = "DUBBING_TEST_KEYRING_LOCKED"


class MemoryKeyring(KeyringBackend):
    """Entries in a dict; `locked = True` makes every operation raise KeyringLocked, `refuse_delete = True`
    makes deleting an entry raise PasswordDeleteError (as a keychain that denies access does)."""

    priority = 1  # type: ignore[assignment]
    name = "Test memory keyring"  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False
        self.refuse_delete = False

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.refuse_delete:
            raise PasswordDeleteError("Access denied")
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("Password not found")


class FileKeyring(KeyringBackend):
    """Entries in a JSON file shared across processes (tests only)."""

    priority = 1  # type: ignore[assignment]
    name = "Test file keyring"  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ[FILE_VAR])

    def _load(self) -> dict[str, str]:
        if os.environ.get(LOCKED_VAR) == "1":
            raise KeyringLocked("Failed to unlock the collection!")
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, entries: dict[str, str]) -> None:
        self._path.write_text(json.dumps(entries), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}/{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("Password not found")
        self._save(entries)
