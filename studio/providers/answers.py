"""Reading a provider's JSON answer without trusting it: each field we use has the documented type.

Python's json module accepts NaN, Infinity and integers of any size, and a provider (or a proxy, or a
bug on their side) may send a list where an object belongs or drop a key. Every such answer becomes one
ProviderError(BAD_RESPONSE, "Unexpected answer from <provider>: <what>.") instead of a TypeError,
KeyError or OverflowError deep in the app. A null or missing optional field is simply absent.

Prices (model multipliers, library voice rates) are the exception: `price` passes any finite number
through unjudged (studio/core/cost.py decides what is plausible) and gives None for anything else.
"""

from __future__ import annotations

import math
from datetime import datetime, timezone
from typing import Any

from studio.providers.base import ErrorKind, ProviderError

# Counts (credits, seconds, slots) above 2**53 cannot even be held exactly in a float: no account has
# them, so such a number is a broken answer, not a balance to show.
MAX_COUNT = 2 ** 53
# datetime cannot go past year 9999; anything later (or before 1970) is not a reset time.
MAX_UNIX = 253_402_300_799


class Answer:
    """Typed reads from one provider's JSON, each raising the same clear error when the type is wrong."""

    def __init__(self, provider: str) -> None:
        self.provider = provider

    def error(self, what: str) -> ProviderError:
        return ProviderError(ErrorKind.BAD_RESPONSE, f"Unexpected answer from {self.provider}: {what}.")

    def obj(self, value: Any, what: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(f"{what} is not a JSON object")
        return value

    def array(self, value: Any, what: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.error(f"{what} is not a list")
        return value

    def text(self, data: dict[str, Any], key: str, *, required: bool = False) -> str | None:
        """A string field; "" counts as missing."""
        value = data.get(key)
        if value is None or value == "":
            if required:
                raise self.error(f"{key} is missing")
            return None
        if not isinstance(value, str):
            raise self.error(f"{key} is not text")
        return value

    def flag(self, data: dict[str, Any], key: str) -> bool | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, bool):
            raise self.error(f"{key} is not true or false")
        return value

    def count(self, data: dict[str, Any], key: str, *, required: bool = False) -> float | None:
        """A finite, non-negative number no larger than MAX_COUNT (never bool, never a string)."""
        value = data.get(key)
        if value is None:
            if required:
                raise self.error(f"{key} is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(f"{key} is not a number")
        # Compare before converting: float() of a 400-digit integer raises OverflowError.
        if not (isinstance(value, int) or math.isfinite(value)) or not 0 <= value <= MAX_COUNT:
            raise self.error(f"{key} is not a plausible count")
        return float(value)

    def whole(self, data: dict[str, Any], key: str, *, required: bool = False) -> int | None:
        number = self.count(data, key, required=required)
        return int(number) if number is not None else None

    def moment(self, data: dict[str, Any], key: str) -> datetime | None:
        """Unix seconds as an aware UTC datetime; 0 or null means none."""
        seconds = self.whole(data, key)
        if not seconds:
            return None
        if seconds > MAX_UNIX:
            raise self.error(f"{key} is not a date")
        return datetime.fromtimestamp(seconds, tz=timezone.utc)


def price(value: Any) -> float | None:
    """A price number as sent, if it is a finite real number; None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        return None
    return number if math.isfinite(number) else None
