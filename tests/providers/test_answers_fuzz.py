"""Lying providers: malformed JSON answers become one clear BAD_RESPONSE, never a traceback.

A short seeded run (derandomize=True: the same examples on every run) of tests/fuzz/answers.py for each
parser, called directly and, for the provider's whole path, served from real loopback servers. The
10-minute run is tests/fuzz/fuzz_parsers.py.
"""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings

from studio.providers.base import ErrorKind, ProviderError
from studio.providers.elevenlabs import ElevenLabsProvider
from studio.providers.narakeet import NarakeetProvider
from tests.emulators.checked import checked_elevenlabs
from tests.emulators.elevenlabs_faults import raw_json
from tests.emulators.narakeet import NarakeetEmulator
from tests.fuzz.answers import JSON, check, mutated, payloads, targets

TARGETS = {target.name: target for target in targets()}
SHORT = settings(max_examples=200, derandomize=True, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow])
OVER_HTTP = settings(SHORT, max_examples=60)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_parser_survives_malformed_answers(name: str) -> None:
    target = TARGETS[name]
    target.parse(target.sample)  # the real answer itself parses

    @SHORT
    @given(payloads(target))
    def run(payload) -> None:
        check(target, payload)
    run()


@pytest.mark.parametrize(("name", "payload"), [
    ("elevenlabs-subscription", {"character_count": math.nan, "character_limit": 100}),
    ("elevenlabs-subscription", {"character_count": -5, "character_limit": 100}),
    ("elevenlabs-subscription", {"character_count": 1, "character_limit": math.inf}),
    ("elevenlabs-subscription", {"character_count": 1, "character_limit": 10 ** 400}),
    ("elevenlabs-subscription", {"character_count": 1, "character_limit": 9,
                                 "next_character_count_reset_unix": 10 ** 20}),
    ("elevenlabs-subscription", {"character_count": 1, "character_limit": 9, "voice_limit": math.inf}),
    ("elevenlabs-subscription", {"character_limit": 9}),
    ("elevenlabs-subscription", []),
    ("elevenlabs-voices", {"voices": [{"voice_id": 7}], "has_more": False}),
    ("elevenlabs-voices", {"voices": ["Rachel"], "has_more": False}),
    ("elevenlabs-voices", {"voices": {"voice_id": "x"}}),
    ("elevenlabs-voices", {"voices": [{"voice_id": "x", "labels": ["a"]}]}),
    ("elevenlabs-voices", {"voices": [{"voice_id": "x", "sharing": "copied"}]}),
    ("elevenlabs-library", {"voices": [{"voice_id": "x", "is_added_by_user": "no"}], "has_more": False}),
    ("elevenlabs-models", {"model_id": "eleven_v3"}),
    ("elevenlabs-models", [{"model_id": "m", "model_rates": [1]}]),
    ("elevenlabs-models", [{"name": "no id"}]),
    ("narakeet-credits", {"creditSeconds": math.nan}),
    ("narakeet-credits", {"creditSeconds": -1}),
    ("narakeet-credits", {"creditSeconds": math.inf}),
    ("narakeet-credits", {"creditSeconds": "3600"}),
    ("narakeet-voices", [{"name": ["alain"]}]),
    ("narakeet-voices", {"alain": "fr-FR"}),
])
def test_known_malformed_answers_are_refused_clearly(name, payload) -> None:
    target = TARGETS[name]
    with pytest.raises(ProviderError) as caught:
        target.parse(payload)
    assert caught.value.kind is ErrorKind.BAD_RESPONSE
    assert str(caught.value).startswith(f"Unexpected answer from {target.provider}: ")


def test_prices_pass_through_raw_or_none() -> None:
    # Plausibility of prices is studio/core/cost.py's business: a finite number arrives as sent.
    from studio.providers.elevenlabs_models import parse_models
    from studio.providers.elevenlabs_voices import library_voice
    models = parse_models([{"model_id": "m", "model_rates": {"character_cost_multiplier": 1e300}},
                           {"model_id": "eleven_flash_v2_5",
                            "model_rates": {"character_cost_multiplier": math.nan}},
                           {"model_id": "n", "model_rates": {"character_cost_multiplier": 10 ** 400}}])
    assert models["m"].character_cost_multiplier == 1e300
    assert models["eleven_flash_v2_5"].character_cost_multiplier == 0.5  # NaN: the table's value
    assert models["n"].character_cost_multiplier == 1.0  # not a float: unknown model, 1 per character
    assert library_voice({"voice_id": "v", "rate": -3}).rate == -3.0
    assert library_voice({"voice_id": "v", "rate": math.inf}).rate is None


def _served(body) -> bytes:
    return json.dumps(body).encode()  # allow_nan: NaN and Infinity go out as Python would accept them


@pytest.mark.parametrize("name", ["elevenlabs-subscription", "elevenlabs-voices", "elevenlabs-library",
                                  "elevenlabs-models"])
def test_elevenlabs_survives_malformed_answers_over_http(name) -> None:
    target = TARGETS[name]
    path, call = {
        "elevenlabs-subscription": ("/v1/user/subscription", lambda p: p.balance()),
        "elevenlabs-voices": ("/v2/voices", lambda p: p.voices()),
        "elevenlabs-library": ("/v1/shared-voices", lambda p: p.voices(library=True)),
        "elevenlabs-models": ("/v1/models", lambda p: p.models()),
    }[name]
    with checked_elevenlabs(raw_api=True) as emulator:
        @OVER_HTTP
        @given(mutated(target.sample) | JSON)
        def run(payload) -> None:
            provider = ElevenLabsProvider(emulator.key, base_url=emulator.url)
            emulator.inject(raw_json(_served(payload)), path=path)
            try:
                result = call(provider)
            except ProviderError as error:
                assert error.kind is ErrorKind.BAD_RESPONSE, error
                assert str(error).startswith("Unexpected answer from ElevenLabs: "), str(error)
            else:
                if name == "elevenlabs-models":
                    assert isinstance(result, dict)  # a malformed list falls back to the built-in table
            finally:
                provider.close()
        run()


@pytest.mark.parametrize(("name", "path"), [("narakeet-credits", "/account/credits"),
                                            ("narakeet-voices", "/voices")])
def test_narakeet_survives_malformed_answers_over_http(name, path) -> None:
    target = TARGETS[name]
    with NarakeetEmulator({"nk-fuzz": 60}) as emulator:
        @OVER_HTTP
        @given(mutated(target.sample) | JSON)
        def run(payload) -> None:
            provider = NarakeetProvider("nk-fuzz", base_url=emulator.url)
            emulator.inject("body", path=path, body=_served(payload))
            try:
                provider.balance() if name == "narakeet-credits" else provider.voices()
            except ProviderError as error:
                assert error.kind is ErrorKind.BAD_RESPONSE, error
                assert str(error).startswith("Unexpected answer from Narakeet: "), str(error)
            finally:
                provider.close()
        run()
