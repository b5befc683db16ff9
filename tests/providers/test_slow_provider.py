"""A slow provider: every request has an overall deadline, so a body dripping at 1 byte/s ends in time.

Real loopback servers drip the body; the deadlines are shortened through the providers' `deadlines`
parameter so the suite stays fast, and the default-picking function is checked on its own.
"""

from __future__ import annotations

import time

import pytest

from studio.providers.base import ErrorKind, ProviderError, SynthesisRequest
from studio.providers.elevenlabs import ElevenLabsProvider
from studio.providers.http import DEFAULT_DEADLINES, Deadlines, new_session, send
from studio.providers.narakeet import NarakeetProvider
from tests.emulators.elevenlabs_faults import drip
from tests.providers.narakeet_fixtures import GOOD_KEY
from tests.providers.narakeet_fixtures import narakeet_emulator  # noqa: F401

RACHEL = "21m00Tcm4TlvDq8ikWAM"
SHORT = Deadlines(account=1.0, synthesis_base=1.0, synthesis_per_char=0.01, synthesis_cap=2.0)
SUBSCRIPTION = b'{"tier": "free", "character_count": 1, "character_limit": 10000}'


def timed(call) -> tuple[ProviderError, float]:
    start = time.monotonic()
    with pytest.raises(ProviderError) as caught:
        call()
    return caught.value, time.monotonic() - start


def test_default_deadlines_scale_with_the_text_and_are_capped() -> None:
    assert DEFAULT_DEADLINES.account == 30.0
    assert DEFAULT_DEADLINES.synthesis("") == 30.0
    line = "Un café à cinq euros, s'il vous plaît."  # a subtitle line: well under a minute
    assert DEFAULT_DEADLINES.synthesis(line) == pytest.approx(30.0 + 0.1 * len(line))
    assert DEFAULT_DEADLINES.synthesis("x" * 1000) == pytest.approx(130.0)
    assert DEFAULT_DEADLINES.synthesis("x" * 40_000) == 600.0  # the cap
    assert DEFAULT_DEADLINES.synthesis("x" * 10) < DEFAULT_DEADLINES.synthesis("x" * 100)
    # The providers pick them up by default.
    assert ElevenLabsProvider("k", base_url="http://127.0.0.1:9").deadlines is DEFAULT_DEADLINES
    assert NarakeetProvider("k", base_url="http://127.0.0.1:9").deadlines is DEFAULT_DEADLINES


def test_send_without_a_deadline_uses_the_account_one(elevenlabs_emulator, monkeypatch) -> None:
    # The default applies to every caller of send: shorten the default and watch a drip end on it.
    import studio.providers.http as http
    monkeypatch.setattr(http, "DEFAULT_DEADLINES", SHORT)
    elevenlabs_emulator.inject(drip(SUBSCRIPTION), path="/v1/user/subscription")
    session = new_session("xi-api-key", elevenlabs_emulator.key)
    error, took = timed(lambda: send(session, "GET", elevenlabs_emulator.url + "/v1/user/subscription"))
    assert error.kind is ErrorKind.NETWORK and "did not answer in time" in str(error)
    assert 0.9 <= took < 2.5, took
    session.close()


def test_elevenlabs_balance_drip_ends_at_the_deadline_and_a_retry_works(elevenlabs_emulator) -> None:
    provider = ElevenLabsProvider(elevenlabs_emulator.key, base_url=elevenlabs_emulator.url, deadlines=SHORT)
    elevenlabs_emulator.inject(drip(SUBSCRIPTION), path="/v1/user/subscription")
    error, took = timed(provider.balance)
    assert (error.kind, str(error)) == (ErrorKind.NETWORK, "The provider did not answer in time: the "
                                        "request will be retried.")
    assert error.retryable and 0.9 <= took < 2.5, took
    assert provider.balance().limit  # the drip is over: the same provider answers normally
    provider.close()


def test_elevenlabs_synthesis_deadline_grows_with_the_text(elevenlabs_emulator) -> None:
    provider = ElevenLabsProvider(elevenlabs_emulator.key, base_url=elevenlabs_emulator.url, deadlines=SHORT)
    text = "x" * 50  # 1 s + 50 x 0.01 s = 1.5 s
    elevenlabs_emulator.inject(drip(b"ID3" + b"\0" * 100, seconds=0.2), path="/v1/text-to-speech")
    error, took = timed(lambda: provider.synthesize(SynthesisRequest(text, RACHEL)))
    assert error.kind is ErrorKind.NETWORK and "in time" in str(error)
    assert 1.4 <= took < 3.0, took
    assert provider.synthesize(SynthesisRequest(text, RACHEL)).audio
    provider.close()


def test_a_silent_server_also_fails_at_the_deadline_not_the_read_timeout(elevenlabs_emulator) -> None:
    # Read timeout 60 s, deadline 1 s: the socket waits only for what is left of the deadline.
    provider = ElevenLabsProvider(elevenlabs_emulator.key, base_url=elevenlabs_emulator.url,
                                  timeout=(10.0, 60.0), deadlines=SHORT)
    elevenlabs_emulator.inject(drip(SUBSCRIPTION, seconds=30.0), path="/v1/user/subscription")
    error, took = timed(provider.balance)
    assert error.kind is ErrorKind.NETWORK and took < 2.5, took
    provider.close()


@pytest.mark.parametrize(("path", "call"), [
    ("/account/credits", lambda p: p.balance()),
    ("/voices", lambda p: p.voices()),
    ("/text-to-speech", lambda p: p.synthesize(SynthesisRequest("Salut.", "alain"))),
])
def test_narakeet_drip_ends_at_the_deadline(narakeet_emulator, path, call) -> None:
    provider = NarakeetProvider(GOOD_KEY, base_url=narakeet_emulator.url, deadlines=SHORT,
                                timeout=(2.0, 30.0))
    narakeet_emulator.inject("drip", path=path, delay=0.3)
    error, took = timed(lambda: call(provider))
    assert error.kind is ErrorKind.NETWORK and "in time" in str(error)
    assert 0.9 <= took < 3.0, took
    assert provider.balance().remaining  # a retry goes through
    provider.close()
