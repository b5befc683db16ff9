"""Provider tests run against real HTTP servers on loopback that follow the official API specs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.emulators.checked import checked_elevenlabs
from tests.emulators.elevenlabs import ElevenLabsEmulator


@pytest.fixture
def elevenlabs_emulator() -> Iterator[ElevenLabsEmulator]:
    """A fresh ElevenLabs emulator; the test fails if anything it sent was outside the spec."""
    with checked_elevenlabs(raw_api=True) as emulator:
        yield emulator
