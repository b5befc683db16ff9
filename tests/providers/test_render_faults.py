"""The render engine under hostile providers and disks, for real: a dead provider trips the breaker, a
refused voice stops at the first refusal, a billed answer that broke off is fetched from the history,
missing cost headers count the estimate, and a full disk keeps every paid clip."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from studio.core.breaker import Breaker
from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import RenderSettings
from studio.core.cost import Tariff
from studio.core.journal import RequestJournal
from studio.core.render_job import CACHE_WRITE, DONE, FAILED, PROVIDER_FAILING, RECOVERED, SKIPPED, plan_render
from studio.core.clip_cache import rescue_root_for
from studio.providers.narakeet import NarakeetProvider
from studio.providers.synthesis import history_of
from tests.providers.crash_render import SETTINGS, TARIFF
from tests.providers.narakeet_fixtures import GOOD_KEY
from tests.providers.narakeet_fixtures import narakeet_emulator  # noqa: F401
from tests.providers.test_render_job import TTS, cache, cues, provider, render  # noqa: F401 - fixtures


# -- a dead provider -------------------------------------------------------------------------------

def test_a_dead_provider_trips_the_breaker_after_eight_failures(elevenlabs_emulator, provider, cache):
    emu = elevenlabs_emulator
    emu.inject("service_unavailable", path=TTS, times=10_000)
    plan = plan_render(cues(100), SETTINGS, cache, TARIFF)
    result, _, _ = render(plan, provider, cache, concurrency=3)
    assert result.stopped_by.kind == PROVIDER_FAILING
    assert result.stopped_by.message == ("The provider is failing (503 service_unavailable ×8); nothing more "
                                         "was sent.")
    # Eight failures, plus at most the two others that were already out when the eighth came back.
    assert 8 <= len(emu.calls(TTS)) <= 10
    assert result.count(DONE) == 0 and result.count(SKIPPED) >= 90
    assert result.count(FAILED) + result.count(SKIPPED) == 100


def test_seven_failures_in_a_row_do_not_stop_the_job(elevenlabs_emulator, provider, cache):
    emu = elevenlabs_emulator
    emu.inject("service_unavailable", path=TTS, times=7)  # line 1 fails 4 times (its retries), line 2 3
    plan = plan_render(cues(6), SETTINGS, cache, TARIFF)
    result, _, _ = render(plan, provider, cache, concurrency=1)
    assert result.stopped_by is None
    assert result.statuses == {1: FAILED, 2: DONE, 3: DONE, 4: DONE, 5: DONE, 6: DONE}


def test_one_success_closes_the_breaker_again():
    breaker = Breaker()
    for _ in range(7):
        assert breaker.failure("503 service_unavailable") is None
    breaker.success()
    for _ in range(7):
        assert breaker.failure("503 service_unavailable") is None
    assert breaker.failure("503 service_unavailable").count == 8


def test_a_minute_of_failures_trips_it_too():
    clock = [0.0]
    breaker = Breaker(clock=lambda: clock[0])
    assert breaker.failure("network") is None
    clock[0] = 30.0
    assert breaker.failure("network") is None
    clock[0] = 61.0
    trip = breaker.failure("network")
    assert trip is not None and trip.message() == ("The provider is failing (network ×3); nothing more "
                                                   "was sent.")


def test_a_refused_voice_stops_at_the_first_refusal(narakeet_emulator, tmp_path):
    provider = NarakeetProvider(GOOD_KEY, base_url=narakeet_emulator.url, timeout=(2.0, 5.0), poll_interval=0.02)
    cache = ClipCache.open(tmp_path / "clips")
    settings = RenderSettings(provider="narakeet", voice="nobody-at-all", audio_format="mp3")
    plan = plan_render(cues(20), settings, cache, Tariff("narakeet", "seconds"))
    result, _, _ = render(plan, provider, cache, concurrency=1)
    assert len(narakeet_emulator.requests_to("/text-to-speech")) == 1
    assert result.count(FAILED) == 20 and result.requests_sent == 1
    assert all("no such voice" in line.error for line in result.lines)
    provider.close()


# -- what was billed -------------------------------------------------------------------------------

def test_a_missing_cost_header_counts_the_estimate(elevenlabs_emulator, provider, cache):
    elevenlabs_emulator.cost_header = "x-not-a-cost"  # the answer says nothing of its price
    plan = plan_render(cues(4), SETTINGS, cache, TARIFF)
    result, _, _ = render(plan, provider, cache)
    billed = elevenlabs_emulator.account.character_count
    assert result.actual_total == plan.estimated_total == billed  # never the 0 it used to report
    assert result.ledger.unreported == 4 and result.ledger.entries == []


def test_a_billed_answer_cut_off_is_fetched_from_the_history_not_paid_again(elevenlabs_emulator, provider,
                                                                            cache):
    emu = elevenlabs_emulator
    emu.inject("truncated_billed", path=TTS)
    plan = plan_render(cues(3), SETTINGS, cache, TARIFF)
    result, _, _ = render(plan, provider, cache, concurrency=1, journal=RequestJournal(cache.root),
                          history=history_of(provider))
    assert result.statuses == {1: RECOVERED, 2: DONE, 3: DONE}
    assert len(emu.calls(TTS)) == 3 and len(emu.account.history) == 3  # paid once per line
    assert result.actual_total == emu.account.character_count  # the cut-off one counts: it was billed
    assert cache.path(plan.lines[0].spec.key).read_bytes() == emu.account.history_audio[
        emu.account.history[0]["history_item_id"]][0]
    assert not list((cache.root / "journal").glob("*.jsonl"))


def test_without_a_history_a_cut_off_answer_is_counted_as_billed(elevenlabs_emulator, provider, cache):
    elevenlabs_emulator.inject("truncated_billed", path=TTS)
    plan = plan_render(cues(2), SETTINGS, cache, TARIFF)
    result, _, _ = render(plan, provider, cache, concurrency=1)
    assert result.count(DONE) == 2 and len(elevenlabs_emulator.calls(TTS)) == 3
    assert result.billed_unusable == plan.lines[0].cost
    assert result.actual_total == elevenlabs_emulator.account.character_count


# -- a full disk -----------------------------------------------------------------------------------

def _fill_after(monkeypatch, root: Path, clips: int, cache: ClipCache) -> None:
    """os.replace of a clip under root raises ENOSPC once `clips` clips are in the cache."""
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if str(dst).startswith(str(root)) and str(dst).endswith(".mp3") and len(cache) >= clips:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


def test_a_full_disk_keeps_paid_clips_in_memory_until_retry(elevenlabs_emulator, provider, cache):
    # Both the cache and the rescue folder are full. (A monkeypatch of its own: undoing the shared one
    # would also undo the test's private temporary folder.)
    monkeypatch = pytest.MonkeyPatch()
    _fill_after(monkeypatch, Path("/"), 2, cache)
    plan = plan_render(cues(5), SETTINGS, cache, TARIFF)
    result, _, job = render(plan, provider, cache, concurrency=1)
    assert result.stopped_by.kind == CACHE_WRITE
    assert "1 paid clip(s) are kept in memory: free some space and press Retry" in result.stopped_by.message
    assert result.unsaved == 1 and job.unsaved == 1 and result.lines[2].error_kind == CACHE_WRITE
    assert len(elevenlabs_emulator.calls(TTS)) == 3
    monkeypatch.undo()  # the user freed some space
    assert job.store_unsaved() == 0 and job.unsaved == 0
    assert cache.contains(plan.lines[2].spec.key)
    again = plan_render(cues(5), SETTINGS, ClipCache.open(cache.root), TARIFF)
    assert [line.index for line in again.lines] == [4, 5]  # nothing paid is paid again


def test_a_full_cache_disk_rescues_paid_clips_and_the_cache_takes_them_back(elevenlabs_emulator, provider,
                                                                            cache):
    monkeypatch = pytest.MonkeyPatch()
    _fill_after(monkeypatch, cache.root, 2, cache)
    plan = plan_render(cues(5), SETTINGS, cache, TARIFF)
    result, _, _ = render(plan, provider, cache, concurrency=1)
    rescue = rescue_root_for(cache.root)
    assert result.rescued_to == str(rescue) and result.unsaved == 0
    assert f"1 paid clip(s) were written to {rescue}" in result.stopped_by.message
    assert len(ClipCache(rescue)) == 1
    monkeypatch.undo()
    reopened = ClipCache.open(cache.root)
    assert len(reopened) == 3 and len(ClipCache(rescue)) == 0
    again = plan_render(cues(5), SETTINGS, reopened, TARIFF)
    assert [line.index for line in again.lines] == [4, 5]
    assert len(elevenlabs_emulator.calls(TTS)) == 3
