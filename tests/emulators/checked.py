"""The ElevenLabs emulator as tests use it: the test also fails if anything the app sent broke the spec,
crashed the emulator, let a synthesis add a library voice silently (unless `raw_api=True`: provider tests
that show what the bare API does), or (for `silent=True`) synthesised anything."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tests.emulators.elevenlabs import ElevenLabsEmulator


@contextmanager
def checked_elevenlabs(*, silent: bool = False, raw_api: bool = False) -> Iterator[ElevenLabsEmulator]:
    with ElevenLabsEmulator() as emulator:
        yield emulator
    assert not emulator.spec_violations, "requests the real API would refuse:\n" + "\n".join(
        emulator.spec_violations)
    assert not emulator.server_errors, f"emulator crashed: {emulator.server_errors}"
    if not raw_api:
        # Whatever the app did with voices, nothing was ever added behind the user's back.
        assert emulator.auto_added == []
    if silent:
        assert emulator.calls("/v1/text-to-speech") == []  # browsing voices never speaks (or spends)
