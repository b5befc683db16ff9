"""The narakeet_emulator fixture (tests/providers/conftest.py belongs to the ElevenLabs tests).

Import it into a test module with:
    from tests.providers.narakeet_fixtures import narakeet_emulator  # noqa: F401
"""

from __future__ import annotations

import pytest

from tests.emulators.narakeet import NarakeetEmulator

GOOD_KEY = "nk-test-0123456789abcdef"
POOR_KEY = "nk-poor-0000000000000000"  # an account with 3 credit seconds left
START_CREDITS = 3600


@pytest.fixture
def narakeet_emulator():
    emulator = NarakeetEmulator({GOOD_KEY: START_CREDITS, POOR_KEY: 3}).start()
    try:
        yield emulator
    finally:
        emulator.stop()
