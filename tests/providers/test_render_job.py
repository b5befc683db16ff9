"""The render engine against the emulators: concurrency, every retryable fault, per-line failures,
stops that keep finished clips, cancel, continuity, crash safety, and the offline engine for real."""

from __future__ import annotations

import io
import json
import math
import os
import signal
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import pytest

from studio.core.backoff import Backoff
from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import ClipSpec, RenderSettings, VoiceSetup
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.render_job import (CANCELLED, DONE, FAILED, QUEUED, RENDERING, SKIPPED, LineEvent,
                                    RenderJob, plan_render)
from studio.providers.base import ErrorKind, SynthesisResult
from studio.providers.elevenlabs import ElevenLabsProvider
from studio.providers.narakeet import NarakeetProvider
from studio.providers.offline import OfflineProvider
from studio.providers.synthesis import concurrency_for, request_for, synthesizer
from tests.emulators.audio import speech_audio
from tests.emulators.elevenlabs import ElevenLabsEmulator
from tests.providers.crash_render import MODEL, SETTINGS, TARIFF, VOICE, crash_cues
from tests.providers.narakeet_fixtures import GOOD_KEY, START_CREDITS
from tests.providers.narakeet_fixtures import narakeet_emulator  # noqa: F401

TTS = "/v1/text-to-speech"
ROOT = Path(__file__).resolve().parents[2]
FAST = Backoff(base_s=0.01, cap_s=0.05, max_attempts=4)


def cues(n: int, prefix: str = "Ligne") -> list[Cue]:
    return [Cue(i * 2000, i * 2000 + 1500, f"{prefix} {i + 1} : une phrase de test.") for i in range(n)]


class Recorder:
    """Collects events (from the pool's threads) and the backoff waits the job asked for."""

    def __init__(self) -> None:
        self.events: list[LineEvent] = []
        self.sleeps: list[float] = []
        self.lock = threading.Lock()

    def __call__(self, event: LineEvent) -> None:
        with self.lock:
            self.events.append(event)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def statuses(self, index: int) -> list[str]:
        return [e.status for e in self.events if e.index == index]


@pytest.fixture
def provider(elevenlabs_emulator):
    # The emulator encodes each new clip length with ffmpeg: allow for that (the "timeout" fault test
    # uses its own provider with a short read timeout).
    made = ElevenLabsProvider(elevenlabs_emulator.key, base_url=elevenlabs_emulator.url, timeout=(2.0, 10.0))
    yield made
    made.close()


@pytest.fixture
def cache(tmp_path):
    return ClipCache.open(tmp_path / "clips")


def render(plan, provider, cache, *, concurrency=2, recorder=None, backoff=FAST, **kwargs):
    recorder = recorder or Recorder()
    job = RenderJob(plan, synthesizer(provider), cache, concurrency=concurrency, on_event=recorder,
                    sleep=recorder.sleep, backoff=backoff, **kwargs)
    return job.run(), recorder, job


def texts_sent(emu: ElevenLabsEmulator) -> list[str]:
    return [r.body["text"] for r in emu.calls(TTS)]


def assert_complete_clip(cache: ClipCache, spec: ClipSpec) -> None:
    """The cached bytes are exactly what the emulator served for this text: nothing truncated."""
    assert cache.path(spec.key).read_bytes() == speech_audio(spec.text, "mp3", 44100)


# -- the happy path --------------------------------------------------------------------------------

def test_renders_every_line_at_the_concurrency_and_a_second_run_sends_nothing(elevenlabs_emulator, provider,
                                                                             cache):
    emu = elevenlabs_emulator
    emu.latency = 0.05
    doc = cues(12)
    plan = plan_render(doc, SETTINGS, cache, TARIFF)
    assert [line.index for line in plan.lines] == list(range(1, 13))
    assert plan.estimated_total == sum(len(c.text) for c in doc) and plan.voices == [VOICE]
    result, rec, _ = render(plan, provider, cache, concurrency=3)
    assert result.count(DONE) == 12 and result.stopped_by is None and result.retries == []
    assert result.requests_sent == len(emu.calls(TTS)) == 12
    assert emu.account.peak_in_flight == result.peak_concurrency == 3
    for line in plan.lines:
        assert rec.statuses(line.index) == [QUEUED, RENDERING, DONE]
        assert_complete_clip(cache, line.spec)
    # The provider reported each clip's cost: the estimate was exact.
    assert result.actual_total == result.estimated_total == emu.account.character_count
    assert not result.ledger.off_by_more_than(0.05) and result.ledger.relative_difference == 0
    # Unchanged file: nothing to render, nothing sent.
    again = plan_render(doc, SETTINGS, ClipCache.open(cache.root), TARIFF)
    assert again.lines == [] and again.cached == list(range(1, 13))
    assert len(emu.calls(TTS)) == 12


def test_a_bug_before_the_request_fails_its_line_and_gives_its_place_in_the_pool_back(elevenlabs_emulator,
                                                                                       provider, cache):
    from studio.core.journal import RequestJournal

    class FirstWriteBreaks(RequestJournal):
        broke = False

        def sent(self, spec, **kwargs):  # noqa: ANN001, ANN003, ANN202
            if not FirstWriteBreaks.broke:
                FirstWriteBreaks.broke = True
                raise RuntimeError("a bug writing the journal")
            return super().sent(spec, **kwargs)

    # One request at a time: a place taken and never given back would leave the next lines waiting for ever.
    plan = plan_render(cues(3), SETTINGS, cache, TARIFF)
    job = RenderJob(plan, synthesizer(provider), cache, concurrency=1, on_event=Recorder(), backoff=FAST,
                    journal=FirstWriteBreaks(cache.root))
    box = {}
    runner = threading.Thread(target=lambda: box.setdefault("result", job.run()), daemon=True)
    runner.start()
    runner.join(timeout=60)
    assert not runner.is_alive(), "the job waits for a place in the pool that was never given back"
    statuses = {line.index: line for line in box["result"].lines}
    assert [statuses[i].status for i in (1, 2, 3)] == [FAILED, DONE, DONE]
    assert "a bug writing the journal" in statuses[1].error
    assert len(texts_sent(elevenlabs_emulator)) == 2  # the failed line's request never went out


def test_identical_lines_share_one_request(elevenlabs_emulator, provider, cache):
    doc = [Cue(0, 1000, "Oui."), Cue(2000, 3000, "Non."), Cue(4000, 5000, "Oui.")]
    plan = plan_render(doc, RenderSettings(provider="elevenlabs", voice=VOICE, model=MODEL, context=False),
                       cache, TARIFF)
    assert [(line.index, line.same_as) for line in plan.lines] == [(1, None), (2, None), (3, 1)]
    assert plan.requests == 2 and plan.estimated_total == 8
    result, rec, _ = render(plan, provider, cache)
    assert result.statuses == {1: DONE, 2: DONE, 3: DONE}
    assert sorted(texts_sent(elevenlabs_emulator)) == ["Non.", "Oui."]
    assert rec.statuses(3)[-1] == DONE


def test_the_ledger_says_when_the_estimate_was_off(elevenlabs_emulator, provider, cache):
    # A tariff that believes in half a credit per character; the emulator charges one.
    cheap = Tariff("elevenlabs", "credits", per_char={MODEL: 0.5}, default_model=MODEL)
    doc = cues(3)
    plan = plan_render(doc, SETTINGS, cache, cheap)
    result, _, _ = render(plan, provider, cache)
    ledger = result.ledger
    assert ledger.actual == sum(len(c.text) for c in doc) == result.actual_total
    assert ledger.estimated == result.estimated_total == sum(math.ceil(len(c.text) / 2) for c in doc)
    assert ledger.relative_difference == pytest.approx(ledger.actual / ledger.estimated - 1)
    assert ledger.off_by_more_than(0.05) and ledger.unreported == 0
    assert all(entry.relative_difference > 0.9 for entry in ledger.entries)
    report = json.loads(json.dumps(result.as_json()))
    assert report["ledger"]["actual"] == ledger.actual and len(report["lines"]) == 3
    assert json.dumps(plan.as_json())


def test_the_pool_drops_to_the_accounts_limit(elevenlabs_emulator, provider, cache):
    # The user asked for 8; the plan allows 3: the emulator refuses the extra ones with
    # too_many_concurrent_requests, and the pool shrinks instead of backing off.
    emu = elevenlabs_emulator
    emu.account.max_concurrency = 3
    emu.latency = 0.08
    plan = plan_render(cues(16), SETTINGS, cache, TARIFF)
    result, rec, job = render(plan, provider, cache, concurrency=8)
    assert result.count(DONE) == 16 and result.stopped_by is None
    assert emu.account.peak_in_flight == 3
    assert result.final_concurrency == job.concurrency == 3
    refused = [n for n in result.retries if n.kind == "rate_limited"]
    assert refused and result.requests_sent == 16 + len(refused) == len(emu.calls(TTS))
    assert all(n.delay_s == 0 for n in refused) and rec.sleeps == []
    assert emu.account.character_count == plan.estimated_total  # refused requests cost nothing


def test_the_reported_maximum_caps_the_pool():
    # maximum-concurrent-requests says 2: once the job has that answer, no more than 2 requests are in
    # flight. The five of the first round are all out before the first answer (sent under the user's 5);
    # they answer only once the job has taken in the first one (its clip stored), so every later request
    # is sent knowing the cap, however the threads are scheduled.
    lock = threading.Lock()
    first_round = threading.Barrier(5)
    cap_known = threading.Event()
    state = {"calls": 0, "in_flight": 0, "after": []}

    def synthesize(spec, previous_text, next_text):
        with lock:
            call = state["calls"]
            state["calls"] += 1
            state["in_flight"] += 1
            if call >= 5:
                state["after"].append(state["in_flight"])
        if call < 5:
            first_round.wait(timeout=10)
            if call > 0:
                assert cap_known.wait(timeout=10)
        else:
            time.sleep(0.02)
        with lock:
            state["in_flight"] -= 1
        return SynthesisResult(audio=b"ID3audio", audio_format="mp3", cost=1.0, max_concurrency=2)

    class Memory:
        def __init__(self):
            self.keys = set()

        def contains(self, key):
            return key in self.keys

        def put(self, spec, audio, audio_format, meta=None):
            self.keys.add(spec.key)
            cap_known.set()  # stored after the job took in the answer's maximum

    memory = Memory()
    plan = plan_render(cues(12), SETTINGS, memory, TARIFF)
    result = RenderJob(plan, synthesize, memory, concurrency=5).run()
    assert result.count(DONE) == 12 and result.final_concurrency == 2
    assert len(state["after"]) == 7 and max(state["after"]) <= 2


# -- faults ----------------------------------------------------------------------------------------

RETRYABLE = {  # fault -> (kind, Retry-After the job must honour)
    "rate_limit_exceeded": ("rate_limited", 7.0),
    "system_busy": ("busy", 3.0),
    "service_unavailable": ("busy", 5.0),
    "internal_error": ("busy", None),
    "plain_500": ("busy", None),
    "bad_gateway": ("busy", None),
    "timeout": ("network", None),
    "reset": ("network", None),
    "truncated": ("bad_response", None),
    "html": ("bad_response", None),
    "html_as_audio": ("bad_response", None),
    "json200": ("bad_response", None),
    "empty": ("bad_response", None),
}


@pytest.mark.parametrize("fault", sorted(RETRYABLE))
def test_each_retryable_fault_is_retried_and_reported(elevenlabs_emulator, provider, cache, fault):
    emu = elevenlabs_emulator
    if fault == "timeout":  # the emulator holds the request 2 s: give up well before that
        provider = ElevenLabsProvider(emu.key, base_url=emu.url, timeout=(2.0, 0.5))
        speech_audio(cues(3)[0].text, "mp3", 44100)  # encode it now, not within the short timeout
    kind, retry_after = RETRYABLE[fault]
    emu.inject(fault, path=TTS, times=2)
    plan = plan_render(cues(3), SETTINGS, cache, TARIFF)
    result, rec, _ = render(plan, provider, cache, concurrency=1)
    assert result.count(DONE) == 3 and result.stopped_by is None
    assert result.requests_sent == len(emu.calls(TTS)) == 5
    assert [(n.index, n.attempt, n.kind) for n in result.retries] == [(1, 1, kind), (1, 2, kind)]
    # Reported: the line's events say what went wrong before it was retried.
    retried = [e for e in rec.events if e.index == 1 and e.status == QUEUED and e.error]
    assert [e.error_kind for e in retried] == [kind, kind] and all(e.error for e in retried)
    assert result.lines[0].attempts == 3
    if retry_after is not None:
        assert len(rec.sleeps) == 2 and all(s >= retry_after for s in rec.sleeps)
    for line in plan.lines:  # nothing truncated or non-audio was cached
        assert_complete_clip(cache, line.spec)
    assert len(cache) == 3


def test_retries_run_out_and_fail_only_the_lines_that_kept_failing(elevenlabs_emulator, provider, cache):
    emu = elevenlabs_emulator
    emu.inject("system_busy", path=TTS, times=7)
    plan = plan_render(cues(4), SETTINGS, cache, TARIFF)
    result, _, _ = render(plan, provider, cache, concurrency=1,
                          backoff=Backoff(base_s=0.01, max_attempts=3))
    # Lines 1 and 2 use 3 attempts each (6 faults), line 3 fails once then works, line 4 works.
    assert result.statuses == {1: FAILED, 2: FAILED, 3: DONE, 4: DONE}
    assert result.lines[0].error_kind == "busy" and "busy" in result.lines[0].error
    assert result.stopped_by is None and result.requests_sent == len(emu.calls(TTS)) == 6 + 2 + 1


def test_an_injected_concurrency_refusal_lowers_the_pool_by_one(elevenlabs_emulator, provider, cache):
    elevenlabs_emulator.inject("too_many_concurrent_requests", path=TTS, times=1)
    plan = plan_render(cues(6), SETTINGS, cache, TARIFF)
    result, rec, _ = render(plan, provider, cache, concurrency=4)
    assert result.count(DONE) == 6 and result.final_concurrency == 3 and rec.sleeps == []
    assert len(result.retries) == 1 and result.requests_sent == 7


def test_lines_that_fail_for_themselves_fail_alone_with_their_reason(elevenlabs_emulator, provider, cache):
    doc = cues(5)
    doc[1] = doc[1].with_voice("NoSuchVoice000000000")
    doc[3] = doc[3].with_text("Trop long. " * 1000)  # over eleven_multilingual_v2's 10,000 characters
    plan = plan_render(doc, SETTINGS, cache, TARIFF)
    result, rec, _ = render(plan, provider, cache, concurrency=2)
    assert result.statuses == {1: DONE, 2: FAILED, 3: DONE, 4: FAILED, 5: DONE}
    by_index = {line.index: line for line in result.lines}
    assert by_index[2].error_kind == ErrorKind.VOICE_NOT_FOUND.value and "voice" in by_index[2].error.lower()
    assert by_index[4].error_kind == ErrorKind.TEXT_TOO_LONG.value and "longer" in by_index[4].error
    assert result.stopped_by is None and result.requests_sent == 5  # never retried
    failed = [e for e in rec.events if e.status == FAILED]
    assert {e.index for e in failed} == {2, 4} and all(e.error for e in failed)
    assert elevenlabs_emulator.key not in repr(rec.events) + repr(result)


def test_a_refused_request_fails_its_line_alone(elevenlabs_emulator, provider, cache):
    elevenlabs_emulator.inject("invalid_parameters", path=TTS, times=1)
    result, _, _ = render(plan_render(cues(3), SETTINGS, cache, TARIFF), provider, cache, concurrency=1)
    assert result.statuses == {1: FAILED, 2: DONE, 3: DONE}
    assert result.lines[0].error_kind == "bad_request" and result.stopped_by is None


@pytest.mark.parametrize("fault,kind", [("quota_exceeded", "out_of_credits"), ("invalid_api_key", "auth"),
                                        ("voice_limit_reached", "voice_slots_full"),
                                        ("paid_plan_required", "paid_plan_required")])
def test_stop_kinds_stop_the_job_and_keep_what_is_done(elevenlabs_emulator, provider, cache, fault, kind):
    emu = elevenlabs_emulator
    doc = cues(6)
    first = plan_render(doc[:2], SETTINGS, cache, TARIFF)
    render(first, provider, cache, concurrency=1)
    emu.inject(fault, path=TTS, times=1)
    plan = plan_render(doc, SETTINGS, cache, TARIFF)
    result, rec, _ = render(plan, provider, cache, concurrency=1)
    assert result.stopped_by.kind == kind and result.stopped_by.message
    assert result.statuses == {3: FAILED, 4: SKIPPED, 5: SKIPPED, 6: SKIPPED}
    assert len(emu.calls(TTS)) == 3 and result.requests_sent == 1
    skipped = [e for e in rec.events if e.status == SKIPPED]
    assert {e.index for e in skipped} == {4, 5, 6} and all("Not rendered" in e.error for e in skipped)
    assert len(ClipCache.open(cache.root)) == 2


def test_out_of_credits_keeps_finished_clips_and_the_next_run_pays_only_the_rest(elevenlabs_emulator,
                                                                               provider, cache):
    emu = elevenlabs_emulator
    doc = cues(8)
    per_line = len(doc[0].text)
    emu.account.character_limit = 3 * per_line + 5  # three lines fit, the fourth does not
    plan = plan_render(doc, SETTINGS, cache, TARIFF)
    result, _, _ = render(plan, provider, cache, concurrency=1)
    assert result.stopped_by.kind == "out_of_credits"
    assert [result.statuses[i] for i in range(1, 9)] == [DONE] * 3 + [FAILED] + [SKIPPED] * 4
    assert len(emu.calls(TTS)) == 4 and len(cache) == 3
    assert "credits" in result.lines[3].error
    # Topped up: the next plan holds only the missing lines, and nothing is paid twice.
    emu.account.character_limit = 100_000
    again = plan_render(doc, SETTINGS, ClipCache.open(cache.root), TARIFF)
    assert [line.index for line in again.lines] == [4, 5, 6, 7, 8] and again.cached == [1, 2, 3]
    second, _, _ = render(again, provider, cache, concurrency=3)
    assert second.count(DONE) == 5 and len(emu.calls(TTS)) == 4 + 5
    assert emu.account.character_count == sum(len(c.text) for c in doc)
    assert sorted(texts_sent(emu)) == sorted([c.text for c in doc] + [doc[3].text])


def test_a_full_disk_stops_the_job(elevenlabs_emulator, provider, cache, monkeypatch):
    import errno

    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if str(dst).endswith(".mp3") and len(cache) >= 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    result, _, _ = render(plan_render(cues(5), SETTINGS, cache, TARIFF), provider, cache, concurrency=1)
    assert result.stopped_by.kind == "cache_write" and "full" in result.stopped_by.message
    assert result.statuses == {1: DONE, 2: DONE, 3: FAILED, 4: SKIPPED, 5: SKIPPED}
    assert len(elevenlabs_emulator.calls(TTS)) == 3
    monkeypatch.undo()
    assert len(ClipCache.open(cache.root)) == 2
    assert not list(cache.root.rglob("*.tmp")) and len(list(cache.root.rglob("*.json"))) == 2


# -- cancel ----------------------------------------------------------------------------------------

def test_cancel_stops_queued_lines_at_once_and_keeps_in_flight_clips(elevenlabs_emulator, provider, cache):
    emu = elevenlabs_emulator
    emu.latency = 0.1
    doc = cues(20)
    plan = plan_render(doc, SETTINGS, cache, TARIFF)
    rec = Recorder()
    at_cancel: dict[str, object] = {}
    job: RenderJob

    def on_event(event):
        rec(event)
        # The user presses Cancel (from another thread than run()'s) when the third clip lands.
        if event.status == DONE and sum(1 for e in rec.events if e.status == DONE) == 3:
            at_cancel["time"] = time.monotonic()
            job.cancel()
            # At once: when cancel() returns, every queued line is already reported not rendered;
            # only the other request in flight (concurrency 2) may still report.
            with rec.lock:
                at_cancel["final"] = {e.index for e in rec.events if e.status in (DONE, SKIPPED)}

    job = RenderJob(plan, synthesizer(provider), cache, concurrency=2, on_event=on_event, backoff=FAST)
    outcome = {}
    runner = threading.Thread(target=lambda: outcome.setdefault("result", job.run()))
    runner.start()
    runner.join(10)
    assert not runner.is_alive()
    assert len(at_cancel["final"]) >= 20 - 1
    result = outcome["result"]
    assert result.stopped_by.kind == CANCELLED
    done = [i for i, s in result.statuses.items() if s == DONE]
    skipped = [i for i, s in result.statuses.items() if s == SKIPPED]
    assert 3 <= len(done) <= 4 and len(done) + len(skipped) == 20
    # Queued lines were never requested; every request that was sent is a clip in the cache.
    sent = set(texts_sent(emu))
    assert sent == {doc[i - 1].text for i in done} and len(emu.calls(TTS)) == len(done)
    assert all(cache.contains(plan.lines[i - 1].spec.key) for i in done)
    assert all(e.error_kind == CANCELLED for e in rec.events if e.status == SKIPPED)
    again = plan_render(doc, SETTINGS, ClipCache.open(cache.root), TARIFF)
    assert [line.index for line in again.lines] == sorted(skipped)


def test_cancel_before_run_sends_nothing(elevenlabs_emulator, provider, cache):
    job = RenderJob(plan_render(cues(3), SETTINGS, cache, TARIFF), synthesizer(provider), cache, concurrency=2)
    job.cancel()
    result = job.run()
    assert result.count(SKIPPED) == 3 and result.requests_sent == 0 and not elevenlabs_emulator.calls(TTS)


def test_cancel_interrupts_a_backoff_wait(elevenlabs_emulator, provider, cache):
    elevenlabs_emulator.inject("rate_limit_exceeded", path=TTS, times=1)  # Retry-After: 7 s
    job = RenderJob(plan_render(cues(2), SETTINGS, cache, TARIFF), synthesizer(provider), cache,
                    concurrency=1, backoff=FAST)
    threading.Timer(0.3, job.cancel).start()
    started = time.monotonic()
    result = job.run()
    assert time.monotonic() - started < 3
    assert result.statuses == {1: SKIPPED, 2: SKIPPED} and result.requests_sent == 1


# -- continuity ------------------------------------------------------------------------------------

def test_context_is_sent_and_recorded_but_an_edit_renders_only_the_edited_line(elevenlabs_emulator,
                                                                              provider, cache):
    emu = elevenlabs_emulator
    doc = cues(5)
    doc.insert(2, Cue(5000, 5500, "♪ ♪"))  # music only: silent, skipped for context too
    plan = plan_render(doc, SETTINGS, cache, TARIFF)
    assert plan.silent == [3]
    render(plan, provider, cache, concurrency=1)
    bodies = {r.body["text"]: r.body for r in emu.calls(TTS)}
    assert "previous_text" not in bodies[doc[0].text] and bodies[doc[0].text]["next_text"] == doc[1].text
    assert bodies[doc[3].text]["previous_text"] == doc[1].text  # across the silent cue
    assert "next_text" not in bodies[doc[5].text]
    assert cache.context_of(plan.lines[2].spec.key).previous_text == doc[1].text
    # Edit line 4: only it renders, although lines 2 and 5 now have a different neighbour.
    doc[3] = doc[3].with_text("Une réplique toute neuve.")
    again = plan_render(doc, SETTINGS, ClipCache.open(cache.root), TARIFF)
    assert [line.index for line in again.lines] == [4] and again.context_changed == [2, 5]
    render(again, provider, cache)
    assert len(emu.calls(TTS)) == 6
    last = emu.calls(TTS)[-1].body
    assert (last["text"], last["previous_text"], last["next_text"]) == (doc[3].text, doc[1].text, doc[4].text)
    # On request, a line whose context changed is rendered again (and records its new context).
    forced = plan_render(doc, SETTINGS, cache, TARIFF, force=lambda row: row == 1)
    assert [line.index for line in forced.lines] == [2]
    render(forced, provider, cache)
    assert cache.context_of(forced.lines[0].spec.key).next_text == doc[3].text
    assert plan_render(doc, SETTINGS, cache, TARIFF).context_changed == [5]


def test_context_off_or_unselected_lines(elevenlabs_emulator, provider, cache):
    doc = cues(4)
    settings = RenderSettings(provider="elevenlabs", voice=VOICE, model=MODEL, context=False)
    plan = plan_render(doc, settings, cache, TARIFF, is_selected=lambda row: row in (1, 2))
    assert [line.index for line in plan.lines] == [2, 3] and plan.unselected == [1, 4]
    render(plan, provider, cache)
    assert all("previous_text" not in r.body and "next_text" not in r.body
               for r in elevenlabs_emulator.calls(TTS))
    assert cache.context_of(plan.lines[0].spec.key).previous_text is None


# -- crash safety ----------------------------------------------------------------------------------

def test_kill_9_mid_render_keeps_finished_clips_and_resumes_with_the_missing_ones(elevenlabs_emulator,
                                                                                 provider, tmp_path):
    emu = elevenlabs_emulator
    emu.latency = 0.15
    root = tmp_path / "clips"
    lines = 14
    env = {**os.environ, "DUBBING_TEST_KEY": emu.key, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.providers.crash_render", emu.url, str(root),
                              str(lines)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    guard = threading.Timer(30, child.kill)
    guard.start()
    done = []
    try:
        for line in child.stdout:
            if line.startswith("done "):
                done.append(int(line.split()[1]))
            if len(done) >= 4:
                break
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        guard.cancel()
    assert child.returncode == -signal.SIGKILL, child.stderr.read()
    assert len(done) >= 4
    # A request the child had already written may be read off the socket by the emulator after the kill:
    # count only once the emulator is quiet, or the resume is blamed for the dead child's last request.
    _wait_until_quiet(emu)
    paid_before = len(emu.calls(TTS))
    # Reopen as after a restart: every line reported done is there, complete; nothing else is.
    cache = ClipCache.open(root)
    doc = crash_cues(lines)
    plan = plan_render(doc, SETTINGS, cache, TARIFF)
    cached = set(plan.cached)
    assert set(done) <= cached and len(cached) < lines
    for index in cached:
        assert_complete_clip(cache, SETTINGS.spec_for(doc[index - 1]))
    strays = [p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")
              and p.stem not in cache.keys()]
    assert all(p.suffix == ".json" for p in strays)  # at most a sidecar whose clip never landed
    cache.sweep(older_than_s=0)
    assert not list(root.rglob("*.tmp")) and not [p for p in root.rglob("*.json")
                                                  if p.stem not in cache.keys()]
    # Resume: only the missing lines are sent.
    assert [line.index for line in plan.lines] == sorted(set(range(1, lines + 1)) - cached)
    result, _, _ = render(plan, provider, cache, concurrency=3)
    assert result.count(DONE) == len(plan.lines)
    assert len(emu.calls(TTS)) - paid_before == len(plan.lines)
    assert len(ClipCache.open(root)) == lines
    # The requests the kill cut off mid-send reached the emulator without a body; that is the
    # killed process's doing, not a request our client would send.
    with emu.lock:
        cut = [v for v in emu.spec_violations if v.endswith("body: required")]
        emu.spec_violations[:] = [v for v in emu.spec_violations if v not in cut]
    assert len(cut) <= 2


# -- other providers -------------------------------------------------------------------------------

def test_offline_engine_end_to_end(tmp_path):
    provider = OfflineProvider()
    cache = ClipCache.open(tmp_path / "clips")
    doc = [Cue(0, 2000, "Bonjour à tous."), Cue(2500, 4000, "Merci d'être venus ce soir."),
           Cue(4500, 6000, "[musique]"), Cue(6500, 8000, "À bientôt.")]
    settings = RenderSettings(provider="offline", voice="roa/fr",
                              voice_setups={"roa/fr": VoiceSetup(None, (("speed", 1.2),))})
    plan = plan_render(doc, settings, cache, Tariff("offline"))
    assert [line.index for line in plan.lines] == [1, 2, 4] and plan.estimated_total == 0
    assert all(line.previous_text is None for line in plan.lines)  # espeak takes no context
    result, _, _ = render(plan, provider, cache, concurrency=concurrency_for("offline"))
    assert result.count(DONE) == 3 and result.actual_total == 0
    for line in plan.lines:
        path = cache.path(line.spec.key)
        assert path.suffix == ".wav"
        with wave.open(io.BytesIO(path.read_bytes())) as handle:
            seconds = handle.getnframes() / handle.getframerate()
        assert 0.4 < seconds < 4.0
        assert cache.meta(line.spec.key).duration_ms == pytest.approx(seconds * 1000)
    assert plan_render(doc, settings, ClipCache.open(cache.root), Tariff("offline")).lines == []


def test_narakeet_renders_retries_a_429_and_bills_seconds(narakeet_emulator, tmp_path):
    provider = NarakeetProvider(GOOD_KEY, base_url=narakeet_emulator.url, timeout=(2.0, 5.0),
                                poll_interval=0.02)
    cache = ClipCache.open(tmp_path / "clips")
    doc = [Cue(0, 2000, "Un café, s'il vous plaît."), Cue(2500, 4000, "Voilà, monsieur.")]
    settings = RenderSettings(provider="narakeet", voice="alain", audio_format="mp3")
    plan = plan_render(doc, settings, cache, Tariff("narakeet", "seconds"))
    assert all(line.previous_text is None for line in plan.lines)  # context is ElevenLabs only
    narakeet_emulator.inject("429", retry_after="1")
    result, rec, _ = render(plan, provider, cache, concurrency=concurrency_for("narakeet"))
    assert result.count(DONE) == 2 and [n.kind for n in result.retries] == ["rate_limited"]
    assert rec.sleeps and rec.sleeps[0] >= 1.0
    spent = START_CREDITS - narakeet_emulator.credits(GOOD_KEY)
    assert result.actual_total == spent > 0
    assert all(cache.meta(line.spec.key).cost >= 1 for line in plan.lines)
    provider.close()


# -- the bridge ------------------------------------------------------------------------------------

def test_request_for_maps_the_spec_exactly():
    spec = ClipSpec("elevenlabs", "v1", "Salut.", "eleven_flash_v2_5",
                    (("similarity_boost", 0.7), ("speed", 1.1), ("stability", 0.4), ("use_speaker_boost", True)),
                    "wav", "off")
    request = request_for(spec, "Avant.", "Après.", sample_rate=24000)
    assert (request.text, request.voice_id, request.model, request.audio_format, request.sample_rate,
            request.text_normalization) == ("Salut.", "v1", "eleven_flash_v2_5", "wav", 24000, "off")
    assert request.settings.as_json() == {"similarity_boost": 0.7, "speed": 1.1, "stability": 0.4,
                                          "use_speaker_boost": True}
    assert (request.previous_text, request.next_text) == ("Avant.", "Après.")
    narakeet = request_for(ClipSpec("narakeet", "alain", "Salut.", settings=(("speed", 0.9),)), "A", "B")
    assert narakeet.previous_text is None and narakeet.next_text is None and narakeet.settings.speed == 0.9
    assert request_for(ClipSpec("offline", "roa/fr", "Salut.")).settings is None


def test_synthesizer_refuses_a_spec_of_another_provider():
    call = synthesizer(OfflineProvider())
    with pytest.raises(ValueError):
        call(ClipSpec("elevenlabs", "v1", "Salut."), None, None)


def test_concurrency_for_follows_the_plan_table():
    assert concurrency_for("elevenlabs", "free") == 2
    assert concurrency_for("elevenlabs", "creator") == 5
    assert concurrency_for("elevenlabs", "creator", "eleven_flash_v2_5") == 10
    assert concurrency_for("elevenlabs", "pro") == 10 and concurrency_for("elevenlabs", "Scale") == 15
    assert concurrency_for("elevenlabs", "enterprise") == 15
    assert concurrency_for("elevenlabs", None) == 2 and concurrency_for("elevenlabs", "trial") == 2
    assert concurrency_for("narakeet") == 2
    assert 1 <= concurrency_for("offline") <= 4 and concurrency_for("offline") <= (os.cpu_count() or 1)
    with pytest.raises(ValueError):
        concurrency_for("nope")


def test_formatting_tags_are_never_sent_as_text(elevenlabs_emulator, provider, cache):
    """Issue 17 §1: <i>, <b>, {\\an8} are formatting; the provider gets the words only, in the text and
    in the neighbours' context (previous_text / next_text)."""
    doc = [Cue(0, 1500, "{\\an8}<i>Tu viens ?</i>"), Cue(2000, 3500, "<b>Oui</b>, <u>j'arrive</u>."),
           Cue(4000, 5500, "<font color=\"#ffff00\">{\\i1}Attends-moi !{\\i0}</font>")]
    plan = plan_render(doc, RenderSettings(provider="elevenlabs", voice=VOICE, model=MODEL, context=True),
                       cache, TARIFF)
    result, _rec, _ = render(plan, provider, cache)
    assert result.statuses == {1: DONE, 2: DONE, 3: DONE}
    bodies = [r.body for r in elevenlabs_emulator.calls(TTS)]
    assert sorted(b["text"] for b in bodies) == ["Attends-moi !", "Oui, j'arrive.", "Tu viens ?"]
    sent = json.dumps(bodies, ensure_ascii=False)
    for markup in ("<i>", "</i>", "<b>", "<u>", "<font", "{\\\\an8}", "{\\\\i1}", "\\\\an8"):
        assert markup not in sent, markup
    assert any(b.get("next_text") == "Oui, j'arrive." for b in bodies)  # context is sent, clean


def _wait_until_quiet(emu, quiet_s: float = 0.5, limit_s: float = 10.0) -> None:
    """Wait until no synthesis is in flight and no request has arrived for quiet_s (at most limit_s)."""
    deadline = time.monotonic() + limit_s
    seen, since = len(emu.requests), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if len(emu.requests) != seen or emu.account.in_flight:
            seen, since = len(emu.requests), time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return
