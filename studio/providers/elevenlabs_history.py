"""Finding interrupted requests in ElevenLabs' speech history (GET /v1/history), for recovery.

ElevenLabs keeps every generation in the account's history, with its text, voice, model, settings,
time and request id (SpeechHistoryItemResponseModel in the official spec), and serves its audio at
/v1/history/{history_item_id}/audio. A journaled request (studio.core.journal) is matched to one item:
same text, voice and model, settings that agree, a time within the request's window, and the exact
request id or history item id whenever the answer had arrived, and the output format the request
asked for (the item's output_format: an MP3 and a PCM take of one line are two clips). Each item is
matched at most once, and never one already known to belong to a stored clip. The audio downloaded is
stored as the clip's own format: the spec declares audio/mpeg for every item's audio, so an MP3 served
for a PCM or WAV generation is decoded into it, and the sidecar says so (converted_from).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from studio.core.audio_decode import AudioDecodeError, decode_to_pcm, wav_of
from studio.core.clip_qa import Alignment
from studio.core.journal import JournalEntry
from studio.core.recovery import Generation
from studio.providers.elevenlabs_audio import DEFAULT_PCM_RATE, looks_like

# Client and server clocks disagree a little, date_unix is whole seconds, and the item's date may be
# when the generation started or ended: the window is this much wider on both sides.
SKEW_S = 120
PAGE_SIZE = 1000   # the documented maximum
MAX_PAGES = 10     # a window of a few minutes holds a few pages at most; never loop for ever
CONTENT_TYPES = {"audio/mpeg": "mp3", "audio/mp3": "mp3", "audio/wav": "wav", "audio/x-wav": "wav",
                 "audio/wave": "wav", "audio/pcm": "pcm"}


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
    output_format: str | None = None    # what it was generated in ("pcm_24000"); nullable in the spec

    @property
    def codec(self) -> str | None:
        """"mp3", "pcm", "wav" of its output format; None when the history does not say."""
        return self.output_format.split("_")[0] if self.output_format else None

    @property
    def sample_rate(self) -> int | None:
        parts = (self.output_format or "").split("_")
        return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


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
    output = raw.get("output_format") if isinstance(raw.get("output_format"), str) else None
    return HistoryItem(item_id, request_id, text, date, str(raw.get("state") or "created"), settings,
                       content_type, billed, alignment, output or None)


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
    if item.codec is not None and item.codec != str(entry.spec.get("audio_format") or "mp3"):
        return False  # another request's take: the same line in another format is another clip
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


def _served_as(audio: bytes, content_type: str | None, item: HistoryItem, wanted: str) -> str | None:
    """What the downloaded audio really is: the first of the answer's type, the item's output format
    and the request's format that the bytes bear out (raw PCM has no header: only a PCM that is no
    MP3 or WAV is taken for one)."""
    container = "wav" if looks_like("wav", audio) else "mp3" if _mp3_start(audio) else None
    for fmt in (audio_format(content_type, ""), item.codec, wanted):
        if fmt in ("mp3", "wav") and fmt == container:
            return fmt
        if fmt == "pcm" and container is None and looks_like(fmt, audio):
            return fmt
    return None


def _mp3_start(audio: bytes) -> bool:
    # An ID3 tag, or a Layer III frame's sync: raw PCM may well start with 0xFF 0xFF (a sample of -1),
    # which a bare sync check takes for MP3.
    return audio[:3] == b"ID3" or (len(audio) > 1 and audio[0] == 0xFF and audio[1] & 0xE6 == 0xE2)


def stored_audio(audio: bytes, content_type: str | None, item: HistoryItem, wanted: str
                 ) -> tuple[bytes, int | None, str | None] | None:
    """(audio in the wanted format, its sample rate, the format it was converted from) of a downloaded
    item; None when it cannot be had in that format (never stored under a key of another format)."""
    served = _served_as(audio, content_type, item, wanted)
    # The rate the request asked for (the synthesizer's default when the history does not say).
    rate = (item.sample_rate if item.codec == wanted else None) or DEFAULT_PCM_RATE
    if served == wanted:
        return audio, None if wanted == "mp3" else rate, None
    if served is None or wanted not in ("pcm", "wav"):
        return None  # re-encoding to MP3 would be a second lossy copy of a take made in another format
    try:
        samples = decode_to_pcm(audio, served, rate, input_rate=item.sample_rate or rate).samples
    except AudioDecodeError:
        return None
    return (samples if wanted == "pcm" else wav_of(samples, rate)), rate, served


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
            wanted = str(entry.spec.get("audio_format") or "mp3")
            stored = stored_audio(audio, content_type or item.content_type, item, wanted) if audio else None
            if stored is None:
                continue
            known_ids.add(item.id)
            audio, rate, converted_from = stored
            out[entry_id] = Generation(item.id, audio, wanted, item.billed, item.request_id, item.alignment,
                                       sample_rate=rate, converted_from=converted_from)
    return out


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) else None
