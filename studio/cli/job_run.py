"""Running a render job from the CLI: progress on stderr, Ctrl+C cancels cleanly, a paid provider's
requests journalled (so an interrupted run is recovered, never paid twice). Used by `render` for its
lines and again for the lines it renders a second time, spoken faster."""

from __future__ import annotations

import argparse
import threading
from typing import Any

import studio.cli.pronunciations as cli_pronunciations
from studio.cli.common import say
from studio.core.clip_cache import ClipCache
from studio.core.clip_spec import RenderSettings
from studio.core.journal import RequestJournal
from studio.core.render_job import DONE, FAILED, QUEUED, RECOVERED, JobResult, LineEvent, RenderJob
from studio.core.render_plan import RenderPlan
from studio.providers.base import Balance
from studio.providers.synthesis import concurrency_for, history_of, synthesizer


def render_lines(plan: RenderPlan, provider, cache: ClipCache, settings: RenderSettings,  # noqa: ANN001
                 args: argparse.Namespace, balance: Balance | None, paid: bool) -> JobResult:
    """Render the plan's lines (Ctrl+C cancels: queued lines are never sent)."""
    job = RenderJob(plan, synthesizer(provider, pronunciations=settings.pronunciations,
                                      dictionary_name=cli_pronunciations.dictionary_name(args),
                                      texts=[line.cue.text for line in plan.lines]),
                    cache, on_event=progress(len(plan.lines)),
                    concurrency=args.concurrency or concurrency_for(args.provider, balance.tier if balance else None),
                    journal=RequestJournal(cache.root) if paid else None,
                    history=history_of(provider) if paid else None)
    return run_cancellable(job)


def progress(total: int):  # noqa: ANN202
    done = [0]
    lock = threading.Lock()

    def on_event(event: LineEvent) -> None:
        if event.status in (DONE, FAILED):
            with lock:
                done[0] += 1
                say(f"[{done[0]}/{total}] line {event.index}: "
                    + ("done" if event.status == DONE else f"failed: {event.error}"))
        elif event.status == RECOVERED:
            with lock:
                done[0] += 1
                say(f"[{done[0]}/{total}] line {event.index}: fetched back from the provider's history (no cost)")
        elif event.error and event.status == QUEUED:
            say(f"line {event.index}: {event.error} (retrying)")
    return on_event


def run_cancellable(job: RenderJob) -> JobResult:
    """Run the job on a thread so Ctrl+C reaches the main thread and cancels it cleanly."""
    box: dict[str, Any] = {}
    # An Event, not Thread.join: a join interrupted by KeyboardInterrupt can leave the thread marked
    # finished while it still runs (CPython issue 21822).
    finished = threading.Event()

    def work() -> None:
        try:
            box["result"] = job.run()
        except BaseException as err:  # noqa: BLE001 - handed to the main thread
            box["error"] = err
        finally:
            finished.set()

    threading.Thread(target=work, name="render", daemon=True).start()
    try:
        while not finished.wait(0.2):
            pass
    except KeyboardInterrupt:
        say("cancelling: in-flight lines finish, queued lines are not sent…")
        job.cancel()
        while not finished.wait(0.2):
            pass
    if "error" in box:
        raise box["error"]
    return box["result"]
