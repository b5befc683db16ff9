"""Recovery where the money races are: a run killed between its answer and storing the clip, an
answered request beside another of the same text, and the second look before paying a line whose
earlier request is still in doubt (a history that lags, or cannot be read)."""

from __future__ import annotations

import time

import pytest

from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import ClipSpec
from studio.core.journal import JournalEntry, find_orphans
from studio.core.recovery import HISTORY_LAG_S, Generation, settles_at
from studio.core.render_job import plan_render
from studio.core.second_look import UNREADABLE_S, SecondLook, SecondLookFailed
from studio.providers.elevenlabs_history import HistoryItem, match
from studio.providers.synthesis import recover
from tests.journal_crash import die_after_the_answer, die_with_open_entries
from tests.providers.crash_render import SETTINGS, TARIFF, crash_cues
from tests.providers.test_render_job import cache, provider  # noqa: F401 - fixtures

SPEC = ClipSpec("elevenlabs", "voice-1", "Bonjour tout le monde.", "eleven_multilingual_v2", (), "mp3")


def test_a_clip_answered_but_killed_before_it_was_stored_is_fetched_by_its_request_id(
        elevenlabs_emulator, provider, cache):
    emu = elevenlabs_emulator
    cue = crash_cues(1)[0]
    spec = SETTINGS.spec_for(cue)
    die_after_the_answer(cache.root, spec, emu.url, emu.key)
    assert len(emu.account.history) == 1 and not cache.contains(spec.key)  # billed, clip lost
    report = recover(provider, cache)
    assert report.recovered == 1 and report.in_doubt == 0 and report.not_found == 0
    assert len(emu.calls("/v1/history")) - len(emu.calls("/v1/history/")) == 1  # found on the first look
    item = emu.account.history[0]
    assert cache.path(spec.key).read_bytes() == emu.account.history_audio[item["history_item_id"]][0]
    assert cache.meta(spec.key).request_id == item["request_id"]
    assert plan_render([cue], SETTINGS, cache, TARIFF).lines == []  # nothing left to pay
    assert find_orphans(cache.root).entries == []


def _entry(entry_id: str, sent_at: float, request_id: str | None = None) -> JournalEntry:
    return JournalEntry(entry_id, SPEC.key, SPEC.as_json(), sent_at, 40.0, request_id=request_id)


def test_an_answered_request_keeps_its_own_item_from_an_older_entry_of_the_same_text():
    now = time.time()
    older, answered = _entry("older", now), _entry("answered", now + 1, request_id="r2")
    item = HistoryItem("h2", "r2", SPEC.text, int(now), "created", {}, "audio/mpeg", 22.0)
    assert {k: v.id for k, v in match([older, answered], [item], set()).items()} == {"answered": "h2"}


class _History:
    """A history whose answer the test decides: a generation, nothing, or an error."""

    def __init__(self) -> None:
        self.found: Generation | None = None
        self.error: Exception | None = None
        self.calls = 0

    def find_generations(self, entries, known_ids):  # noqa: ANN001
        self.calls += 1
        if self.error is not None:
            raise self.error
        return {entries[0].id: self.found} if self.found else {}


@pytest.fixture
def doubtful(tmp_path):
    """A dead run's open entry for SPEC, as recovery leaves it when the history did not show it."""
    cache = ClipCache.open(tmp_path / "clips")
    die_with_open_entries(cache.root, SPEC)
    entry = find_orphans(cache.root)
    entry.release(settled=set())
    clock = [entry.entries[0].sent_at]
    return cache, entry.entries[0], clock


def _look(cache, history, clock, on_wait=None):  # noqa: ANN001
    second = SecondLook(cache.root, {SPEC.key}, history, clock=lambda: clock[0])
    waits = []

    def wait(seconds):
        waits.append(seconds)
        clock[0] += seconds
        if on_wait:
            on_wait(clock[0])
        return True

    return second, waits, wait


def test_a_line_in_doubt_is_paid_last_and_its_generation_found_on_the_second_look(doubtful):
    cache, entry, clock = doubtful
    history = _History()
    arrives = entry.sent_at + 20  # after recovery's grace, before the entry settles

    def show(now):
        if now >= arrives:
            history.found = Generation("h1", b"ID3late", "mp3", billed=22.0)

    second, waits, wait = _look(cache, history, clock, show)
    assert second.defer(SPEC.key) and not second.defer(SPEC.key)  # deferred once, then looked at
    assert not second.defer("another clip")
    assert second.look(SPEC.key, set, wait).audio == b"ID3late"
    assert arrives <= clock[0] < arrives + 5 and max(waits) <= 4  # polled with a bounded backoff
    second.release()
    assert find_orphans(cache.root).entries == []


def test_a_line_in_doubt_is_settled_as_never_billed_once_its_time_is_over(doubtful):
    cache, entry, clock = doubtful
    history = _History()
    second, waits, wait = _look(cache, history, clock)
    assert second.look(SPEC.key, set, wait) is None
    assert settles_at(entry) <= clock[0] < settles_at(entry) + 5 and history.calls >= 2
    assert settles_at(entry) - entry.sent_at == HISTORY_LAG_S
    second.release()
    assert find_orphans(cache.root).entries == []


def test_a_history_that_cannot_be_read_never_leads_to_paying_on_a_guess(doubtful):
    cache, entry, clock = doubtful
    history = _History()
    history.error = ConnectionError("the history is down")
    second, waits, wait = _look(cache, history, clock)
    with pytest.raises(SecondLookFailed, match="was not sent again"):
        second.look(SPEC.key, set, wait)
    assert clock[0] >= settles_at(entry) + UNREADABLE_S
    second.release()
    assert [e.id for e in find_orphans(cache.root).entries] == [entry.id]  # still open for the next start


def test_a_job_that_stops_during_the_second_look_leaves_the_entry_open(doubtful):
    cache, entry, clock = doubtful
    second = SecondLook(cache.root, {SPEC.key}, _History(), clock=lambda: clock[0])
    assert second.look(SPEC.key, set, lambda seconds: False) is None
    second.release()
    assert [e.id for e in find_orphans(cache.root).entries] == [entry.id]
