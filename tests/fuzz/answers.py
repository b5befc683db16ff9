"""Malformed provider answers, and what parsing them must give: a sane value or one clear error.

Shared by the short seeded run in the suite (tests/providers/test_answers_fuzz.py) and the long run
on demand (tests/fuzz/fuzz_parsers.py). Payloads are what json.loads can return, including what Python
accepts beyond the JSON spec: NaN, Infinity and integers of any size. Most examples start from a real
answer of the emulator and break a few fields (drop, retype, extreme numbers); the rest are arbitrary.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hypothesis import strategies as st

from studio.providers.base import Balance, ErrorKind, ProviderError, Voice
from studio.providers.elevenlabs_account import parse_subscription, subscription_balance
from studio.providers.elevenlabs_models import ElevenLabsModel, parse_models
from studio.providers.elevenlabs_voices import library_voice, my_voice, parse_listing
from studio.providers.narakeet_answers import parse_credits, parse_voices
from tests.emulators.elevenlabs import ElevenLabsEmulator
from tests.emulators.elevenlabs_routes import ROUTES
from tests.emulators.narakeet import DEFAULT_VOICES

EXTREMES = st.sampled_from([math.nan, math.inf, -math.inf, 10 ** 400, -10 ** 400, 2 ** 64, 1e308, -1,
                            -0.5, 0, True, False, "", "1", "NaN", "unlimited", [], {}, None])
ATOMS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) \
    | st.text(max_size=8) | EXTREMES
JSON = st.recursive(ATOMS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=12)


def mutated(value: Any) -> st.SearchStrategy[Any]:
    """A strategy for `value` with some of its parts dropped, retyped or made extreme."""
    @st.composite
    def build(draw: st.DrawFn, node: Any) -> Any:
        roll = draw(st.integers(0, 9))
        if roll == 0:
            return draw(JSON)
        if roll == 1:
            return draw(EXTREMES)
        if isinstance(node, dict):
            out = {}
            for key, item in node.items():
                fate = draw(st.integers(0, 7))
                if fate == 0:
                    continue  # the key goes missing
                out[key] = draw(build(item)) if fate == 1 else item
            return out
        if isinstance(node, list):
            kept = node[:draw(st.integers(0, len(node)))]
            return [draw(build(item)) for item in kept]
        return node
    return build(value)


def _sane_count(value: Any) -> bool:
    return value is None or (isinstance(value, (int, float)) and math.isfinite(value) and value >= 0)


def _check_balance(balance: Balance) -> None:
    assert all(_sane_count(v) for v in (balance.remaining, balance.limit, balance.used,
                                        balance.voice_slots_used, balance.voice_limit)), balance
    assert balance.remaining is not None and balance.limit is not None
    assert balance.resets_at is None or isinstance(balance.resets_at, datetime)
    assert balance.tier is None or isinstance(balance.tier, str)


def _check_voices(voices: list[Voice]) -> None:
    for voice in voices:
        assert isinstance(voice.id, str) and voice.id and isinstance(voice.name, str)
        assert voice.rate is None or (isinstance(voice.rate, float) and math.isfinite(voice.rate))
        assert voice.preview_url is None or isinstance(voice.preview_url, str)
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in voice.labels.items())
        assert isinstance(voice.description, str)
        assert voice.language is None or isinstance(voice.language, str)


def _check_models(models: dict[str, ElevenLabsModel]) -> None:
    for model in models.values():
        assert isinstance(model.model_id, str) and model.model_id
        for number in (model.character_cost_multiplier, model.cost_discount_multiplier):
            assert isinstance(number, float) and math.isfinite(number)
        assert model.max_text_length is None or (isinstance(model.max_text_length, int)
                                                 and model.max_text_length >= 1)
        assert all(isinstance(code, str) for code in model.languages)


def el_balance(payload: Any) -> None:
    _check_balance(subscription_balance(parse_subscription(payload)))


def el_my_voices(payload: Any) -> None:
    _check_voices([my_voice(item) for item in parse_listing(payload, token=True).items])


def el_library(payload: Any) -> None:
    _check_voices([library_voice(item) for item in parse_listing(payload, token=False).items])


def el_models(payload: Any) -> None:
    _check_models(parse_models(payload))


def nk_credits(payload: Any) -> None:
    seconds = parse_credits(payload)
    assert isinstance(seconds, float) and math.isfinite(seconds) and seconds >= 0


def nk_voices(payload: Any) -> None:
    _check_voices(parse_voices(payload))


@dataclass(frozen=True)
class Target:
    name: str
    provider: str          # as it appears in "Unexpected answer from <provider>: ..."
    parse: Callable[[Any], None]
    sample: Any            # a real, well-formed answer


def _emulated(path: str) -> Any:
    emu = ElevenLabsEmulator()  # not started: its route handlers give real answers
    return ROUTES[("get", path)](emu, emu.account, {}, {}, None).json


def targets() -> list[Target]:
    return [
        Target("elevenlabs-subscription", "ElevenLabs", el_balance, _emulated("/v1/user/subscription")),
        Target("elevenlabs-voices", "ElevenLabs", el_my_voices, _emulated("/v2/voices")),
        Target("elevenlabs-library", "ElevenLabs", el_library, _emulated("/v1/shared-voices")),
        Target("elevenlabs-models", "ElevenLabs", el_models, _emulated("/v1/models")),
        Target("narakeet-credits", "Narakeet", nk_credits,
               {"creditSeconds": 3600, "requestId": "r", "identity": "i", "plan": "TOPUP"}),
        Target("narakeet-voices", "Narakeet", nk_voices, DEFAULT_VOICES),
    ]


def payloads(target: Target) -> st.SearchStrategy[Any]:
    return mutated(target.sample) | JSON


def check(target: Target, payload: Any) -> None:
    """The property: a sane value, or ProviderError(BAD_RESPONSE, "Unexpected answer from ...")."""
    try:
        target.parse(payload)
    except ProviderError as error:
        assert error.kind is ErrorKind.BAD_RESPONSE, error
        message = str(error)
        assert message.startswith(f"Unexpected answer from {target.provider}: ") and message.endswith("."), \
            message
        assert "\n" not in message and len(message) < 200
