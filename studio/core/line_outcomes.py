"""Each planned line's outcome while a render job runs, the lines that share one clip, and the totals.

The render job (render_job.py) decides what happens to a line; this book records it, apart from the
threads that decide: a line that needs the very same clip as an earlier one (`same_as`) follows that
line's fate and costs nothing of its own, a final status never changes, and the ledger compares with
the estimate only the costs the provider reported. Not thread-safe by itself: the job calls it under its
lock.
"""

from __future__ import annotations

from typing import Any

from studio.core.render_plan import PlannedLine, RenderPlan
from studio.core.render_result import (DONE, FINAL_STATUSES, RECOVERED, CostEntry, CostLedger, LineEvent,
                                       LineOutcome)


class OutcomeBook:
    def __init__(self, plan: RenderPlan) -> None:
        self.outcomes = {line.index: LineOutcome(line.index, line.row, estimated=line.cost,
                                                 same_as=line.same_as) for line in plan.lines}
        self.leaders: list[PlannedLine] = []   # the lines that are sent; the others share their clip
        self._followers: dict[int, list[PlannedLine]] = {}
        self._estimated_costs: set[int] = set()  # lines whose cost the answer did not report
        for line in plan.lines:
            if line.same_as is None:
                self.leaders.append(line)
            else:
                self._followers.setdefault(line.same_as, []).append(line)

    def cost_not_reported(self, index: int) -> None:
        self._estimated_costs.add(index)

    def record(self, line: PlannedLine, status: str, *, error: str | None, kind: str | None, attempt: int,
               actual: float | None, code: str | None, params: Any) -> list[LineEvent]:
        """Give the line and the lines sharing its clip their status; the events to send for them."""
        events = []
        for member in [line, *self._followers.get(line.index, [])]:
            outcome = self.outcomes[member.index]
            if outcome.status in FINAL_STATUSES:
                continue
            outcome.status, outcome.error, outcome.error_kind = status, error, kind
            if member is line:
                outcome.actual = actual
                outcome.attempts = max(outcome.attempts, attempt)
            elif status in (DONE, RECOVERED):
                outcome.actual = 0.0 if actual is not None else None  # shares the paid clip
            events.append(LineEvent(member.index, member.row, status, error, kind,
                                    outcome.actual if status in (DONE, RECOVERED) else None, attempt,
                                    code, dict(params) if isinstance(params, dict) else {}))
        return events

    def totals(self, outcomes: list[LineOutcome], billed_unusable: float) -> tuple[CostLedger, float]:
        """The cost ledger and the actual total of a finished job's outcomes."""
        entries = [CostEntry(o.index, o.estimated, o.actual) for o in outcomes
                   if o.status == DONE and o.same_as is None and o.actual is not None
                   and o.index not in self._estimated_costs]
        unreported = sum(1 for o in outcomes if o.status == DONE and o.same_as is None
                         and (o.actual is None or o.index in self._estimated_costs))
        # Never below what was billed: estimates stand in for costs not reported; unusable answers count.
        actual_total = float(sum(o.actual or 0.0 for o in outcomes if o.same_as is None)) + billed_unusable
        return CostLedger(entries, unreported), actual_total
