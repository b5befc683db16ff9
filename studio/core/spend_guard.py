"""The spend guard: before anything is sent, is this job within the balance, the budget and consent?

Every synthesis path (a whole render, one previewed line, the CLI) asks `check_spend` first and sends
nothing unless the verdict allows it. The GUI words each verdict itself (translated); `message()` is
the CLI's English sentence.
"""

from __future__ import annotations

import math

import enum
from dataclasses import dataclass

from studio.core.cost import UNIT_NONE, UNIT_SECONDS


class Verdict(str, enum.Enum):
    OK = "ok"                              # within the balance (or free): go
    CONFIRM_OVERAGE = "confirm_overage"    # over the balance, the account bills overage: ask first
    CONFIRM_UNKNOWN = "confirm_unknown"    # the balance could not be read: ask first
    OVER_BALANCE = "over_balance"          # over the balance and no overage: refuse
    OVER_BUDGET = "over_budget"            # over the per-job budget cap the user set: refuse


@dataclass(frozen=True)
class SpendCheck:
    verdict: Verdict
    unit: str
    cost: float
    remaining: float | None = None
    budget: float | None = None

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.OK

    @property
    def needs_confirmation(self) -> bool:
        return self.verdict in (Verdict.CONFIRM_OVERAGE, Verdict.CONFIRM_UNKNOWN)

    @property
    def refused(self) -> bool:
        return self.verdict in (Verdict.OVER_BALANCE, Verdict.OVER_BUDGET)

    @property
    def overage(self) -> float:
        """How far past the remaining balance this job would go (0 when it fits or is unknown)."""
        if self.remaining is None:
            return 0.0
        return max(0.0, self.cost - self.remaining)

    def message(self) -> str:
        cost, left = format_amount(self.cost, self.unit), format_amount(self.remaining, self.unit)
        if self.verdict is Verdict.OVER_BALANCE:
            return (f"This job needs {cost} but only {left} remain, and usage-based billing is off: nothing was "
                    "sent. Render fewer lines, wait for the next reset, or top up.")
        if self.verdict is Verdict.OVER_BUDGET:
            return (f"This job needs {cost}, over your budget of {format_amount(self.budget, self.unit)} per job: "
                    "nothing was sent. Raise the budget or render fewer lines.")
        if self.verdict is Verdict.CONFIRM_OVERAGE:
            return (f"This job needs {cost} but only {left} remain: "
                    f"{format_amount(self.overage, self.unit)} would be billed as overage. "
                    "Confirm (--yes) to go ahead.")
        if self.verdict is Verdict.CONFIRM_UNKNOWN:
            return (f"This job needs {cost} and the balance could not be read. Confirm (--yes) to go ahead.")
        return f"This job needs {cost}; {left} remain."


def check_spend(cost: float, *, unit: str, remaining: float | None, overage_allowed: bool | None = None,
                budget: float | None = None) -> SpendCheck:
    """The verdict for spending `cost` (in `unit`) with `remaining` left; budget None or 0 means no cap."""
    def verdict(v: Verdict) -> SpendCheck:
        return SpendCheck(v, unit, cost, remaining, budget or None)

    if remaining is not None and not (math.isfinite(remaining) and remaining >= 0):
        remaining = None  # a balance that is no number (NaN, infinite, negative) is unknown
    if unit == UNIT_NONE:
        return verdict(Verdict.OK)
    if not math.isfinite(cost) or cost < 0:
        return verdict(Verdict.CONFIRM_UNKNOWN)  # a cost that is no number must never pass unasked
    if cost == 0:
        return verdict(Verdict.OK)
    if budget and cost > budget:
        return verdict(Verdict.OVER_BUDGET)
    if remaining is None:
        return verdict(Verdict.CONFIRM_UNKNOWN)
    if cost <= remaining:
        return verdict(Verdict.OK)
    return verdict(Verdict.CONFIRM_OVERAGE if overage_allowed else Verdict.OVER_BALANCE)


def format_amount(amount: float | None, unit: str) -> str:
    """English amount in a unit: "5,423 credits", "1:02:03 of audio", "unknown"."""
    if amount is None:
        return "an unknown amount"
    if unit == UNIT_SECONDS:
        return f"{format_hms(amount)} of audio"
    if unit == UNIT_NONE:
        return "nothing"
    return f"{amount:,.0f} credits" if float(amount).is_integer() else f"{amount:,.1f} credits"


def format_hms(seconds: float) -> str:
    """Audio time as h:mm:ss (whole seconds, rounded up: a started second is billed)."""
    total = int(-(-max(0.0, seconds) // 1))
    hours, rest = divmod(total, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
