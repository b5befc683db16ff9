"""Provider tests run against real HTTP servers on loopback that follow the official API specs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.emulators.elevenlabs import ElevenLabsEmulator


@pytest.fixture
def elevenlabs_emulator() -> Iterator[ElevenLabsEmulator]:
    """A fresh ElevenLabs emulator; the test fails if anything it sent was outside the spec."""
    with ElevenLabsEmulator() as emulator:
        yield emulator
    assert not emulator.spec_violations, "requests the real API would refuse:\n" + "\n".join(
        emulator.spec_violations)
    assert not emulator.server_errors, f"emulator crashed: {emulator.server_errors}"
