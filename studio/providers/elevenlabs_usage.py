"""Credit usage over time, from the workspace-analytics table or the deprecated character-stats axis.

The analytics endpoint answers a table ({columns, column_types, rows, column_units}) whose column names
the spec does not give (reference §5, UNCONFIRMED), so we find the columns by type and unit: the
DateTime (or time-named) column is the bucket, the column whose unit is "credits" (else the first
numeric column named like credits/usage/value) is the amount; rows of the same bucket (one per product
type) are summed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

INTERVAL_SECONDS = {"hour": 3600, "day": 86400, "week": 7 * 86400}


@dataclass(frozen=True)
class UsagePoint:
    at: datetime      # start of the bucket, aware UTC
    credits: float


def to_ms(moment: datetime) -> int:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)  # naive means UTC here, as in the API
    return int(moment.timestamp() * 1000)


def _to_datetime(value: Any) -> datetime:
    if isinstance(value, bool):
        raise ValueError("a boolean is not a time")
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 10**11 else value  # ms (the API's unit) or s
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    text = str(value).strip().replace("Z", "+00:00").replace(" ", "T", 1)
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _pick_columns(payload: dict[str, Any]) -> tuple[int, int]:
    columns = [str(c).lower() for c in payload.get("columns") or []]
    types = list(payload.get("column_types") or []) + [None] * len(columns)
    units = list(payload.get("column_units") or []) + [None] * len(columns)
    time_col = next((i for i, t in enumerate(types[:len(columns)]) if t == "DateTime"), None)
    if time_col is None:
        time_col = next((i for i, c in enumerate(columns) if any(w in c for w in ("time", "date", "bucket"))),
                        None)
    value_col = next((i for i, u in enumerate(units[:len(columns)]) if u == "credits"), None)
    if value_col is None:
        value_col = next((i for i, c in enumerate(columns) if i != time_col and types[i] in ("Float", "Int")
                          and any(w in c for w in ("credit", "usage", "value", "amount"))), None)
    if time_col is None or value_col is None:
        raise ValueError(f"usage table: no time/credits columns in {columns}")
    return time_col, value_col


def parse_analytics(payload: Any) -> list[UsagePoint]:
    """WorkspaceAnalyticsQueryResponseModel -> points sorted by time (ValueError if unreadable)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("rows"), list):
        raise ValueError("usage table: no rows")
    time_col, value_col = _pick_columns(payload)
    totals: dict[datetime, float] = defaultdict(float)
    for row in payload["rows"]:
        if not isinstance(row, list) or len(row) <= max(time_col, value_col):
            raise ValueError("usage table: short row")
        if row[value_col] is None:
            continue
        totals[_to_datetime(row[time_col])] += float(row[value_col])
    return [UsagePoint(at, credits) for at, credits in sorted(totals.items())]


def parse_character_stats(payload: Any) -> list[UsagePoint]:
    """UsageCharactersResponseModel {time: [ms], usage: {key: [n]}} -> points (breakdowns summed)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("time"), list):
        raise ValueError("character stats: no time axis")
    series = [values for values in (payload.get("usage") or {}).values() if isinstance(values, list)]
    points = []
    for index, stamp in enumerate(payload["time"]):
        total = sum(float(values[index]) for values in series
                    if index < len(values) and values[index] is not None)
        points.append(UsagePoint(_to_datetime(int(stamp)), total))
    return points
