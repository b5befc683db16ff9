"""Finding interrupted requests in ElevenLabs' speech history (GET /v1/history), for recovery.

ElevenLabs keeps every generation in the account's history, with its text, voice, model, settings,
time and request id (SpeechHistoryItemResponseModel in the official spec), and serves its audio at
/v1/history/{history_item_id}/audio. A journaled request (studio.core.journal) is matched to one item:
same text, voice and model, settings that agree, a time within the request's window, and the exact
request id or history item id whenever the answer had arrived. Each item is matched at most once,
and never one already known to belong to a stored clip.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from studio.core.clip_qa import Alignment
from studio.core.journal import JournalEntry
from studio.core.recovery import Generation

# Client and server clocks disagree a little, date_unix is whole seconds, and the item's date may be
# when the generation started or ended: the window is this much wider on both sides.
SKEW_S = 120
PAGE_SIZE = 1000   # the documented maximum
MAX_PAGES = 10     # a window of a few minutes holds a few pages at most; never loop for ever
CONTENT_TYPES = {"audio/mpeg": "mp3", "audio/mp3": "mp3", "audio/wav": "wav", "audio/x-wav": "wav",
                 "audio/wave": "wav"}


@dataclass(frozen=True)
class HistoryItem:
    id: str
    request_id: str | None
    text: str
    date_unix: float
    state: str
    settings: dict[str, Any]
    content_type: str | None
    billed: float | None
    alignment: Alignment | None = None  # HistoryAlignmentsResponseModel.alignment: nullable, often absent


def parse_items(data: Any) -> tuple[list[HistoryItem], bool, str | None]:
    """(items, has_more, last id) of one page; malformed items are left out, never guessed at."""
    if not isinstance(data, dict):
        return [], False, None
    items = []
    for raw in data.get("history") or []:
        item = _item(raw)
        if item is not None:
            items.append(item)
    last = data.get("last_history_item_id")
    return items, data.get("has_more") is True, last if isinstance(last, str) and last else None


def _item(raw: Any) -> HistoryItem | None:
    if not isinstance(raw, dict):
        return None
    item_id, text, date = raw.get("history_item_id"), raw.get("text"), _finite(raw.get("date_unix"))
    if not isinstance(item_id, str) or not item_id or not isinstance(text, str) or date is None:
        return None
    start, end = _finite(raw.get("character_count_change_from")), _finite(raw.get("character_count_change_to"))
    billed = end - start if start is not None and end is not None and end >= start else None
    settings = raw.get("settings") if isinstance(raw.get("settings"), dict) else {}
    request_id = raw.get("request_id") if isinstance(raw.get("request_id"), str) else None
    content_type = raw.get("content_type") if isinstance(raw.get("content_type"), str) else None
    alignments = raw.get("alignments")
    alignment = Alignment.from_json(alignments.get("alignment")) if isinstance(alignments, dict) else None
    return HistoryItem(item_id, request_id, text, date, str(raw.get("state") or "created"), settings,
                       content_type, billed, alignment)


def window(entries: Sequence[JournalEntry]) -> tuple[int, int]:
    """(date_after_unix inclusive, date_before_unix exclusive) covering every entry's window."""
    after = min(e.sent_at for e in entries) - SKEW_S
    before = max(e.sent_at + e.wait_s for e in entries) + SKEW_S
    return int(after), int(math.ceil(before)) + 1


def match(entries: Sequence[JournalEntry], items: Sequence[HistoryItem], known_ids: set[str]
          ) -> dict[str, HistoryItem]:
    """Each entry's item (entries in the order they were sent, each item used once)."""
    free = [i for i in items if i.state == "created" and i.id not in known_ids
            and (i.request_id is None or i.request_id not in known_ids)]
    found: dict[str, HistoryItem] = {}
    # Entries whose answer named their item take it first: an earlier entry of the same text matched
    # by time alone must not take another's item (that entry would then be paid again).
    for entry in entries:
        exact = next((i for i in free if _exact(entry, i)), None)
        if exact is not None:
            found[entry.id] = exact
            free.remove(exact)
    for entry in sorted((e for e in entries if e.id not in found), key=lambda e: e.sent_at):
        candidates = [i for i in free if _fits(entry, i)]
        if not candidates:
            continue
        best = min(candidates, key=lambda i: abs(i.date_unix - entry.sent_at))
        found[entry.id] = best
        free.remove(best)
    return found


def _exact(entry: JournalEntry, item: HistoryItem) -> bool:
    return bool((entry.request_id and entry.request_id == item.request_id)
                or (entry.history_item_id and entry.history_item_id == item.id))


def _fits(entry: JournalEntry, item: HistoryItem) -> bool:
    if _exact(entry, item):
        return True
    if entry.request_id and item.request_id and entry.request_id != item.request_id:
        return False  # the answer named another request: this item is someone else's
    if item.text != entry.text:
        return False
    if not entry.sent_at - SKEW_S <= item.date_unix <= entry.sent_at + entry.wait_s + SKEW_S:
        return False
    for name, value in entry.settings.items():
        theirs = item.settings.get(name)
        if isinstance(value, (int, float)) and isinstance(theirs, (int, float)) and not isinstance(value, bool):
            if abs(float(value) - float(theirs)) > 1e-6:
                return False
    return True


def audio_format(content_type: str | None, fallback: str) -> str | None:
    """The cache's audio format for a downloaded item, or None when it cannot be known."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in CONTENT_TYPES:
        return CONTENT_TYPES[kind]
    return fallback if not kind and fallback == "mp3" else None


def find_generations(entries: Sequence[JournalEntry], known_ids: set[str],
                     get_page: Callable[[dict[str, Any]], Any],
                     get_audio: Callable[[str], tuple[bytes, str | None]]) -> dict[str, Generation]:
    """Look the entries up (one listing per voice and model) and download what matches."""
    groups: dict[tuple[str, str | None], list[JournalEntry]] = {}
    for entry in entries:
        groups.setdefault((entry.voice, entry.model), []).append(entry)
    out: dict[str, Generation] = {}
    for (voice, model), group in groups.items():
        after, before = window(group)
        params: dict[str, Any] = {"voice_id": voice, "date_after_unix": after, "date_before_unix": before,
                                  "page_size": PAGE_SIZE, "source": "TTS"}
        if model:
            params["model_id"] = model
        items: list[HistoryItem] = []
        for _ in range(MAX_PAGES):
            page, has_more, last = parse_items(get_page(params))
            items += page
            if not has_more or last is None:
                break
            params = {**params, "start_after_history_item_id": last}
        for entry_id, item in match(group, items, known_ids).items():
            entry = next(e for e in group if e.id == entry_id)
            audio, content_type = get_audio(item.id)
            fmt = audio_format(content_type or item.content_type, str(entry.spec.get("audio_format") or ""))
            if not audio or fmt is None:
                continue
            known_ids.add(item.id)
            out[entry_id] = Generation(item.id, audio, fmt, item.billed, item.request_id, item.alignment)
    return out


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) else None
