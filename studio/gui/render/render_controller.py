"""Rendering from the window: plan, guards, the job on a worker, line states, progress, preview.

Order of a render: plan (lines with no clip) → voice guard (voices that would take a slot, listed up
front) → spend guard (balance, overage, budget) → the job off the GUI thread. Its events reach the
table through a queued Progress relay, so the window never waits on the network. Every question goes
through an `ask_*` method the tests replace; the questions and the longer sentences themselves are worded in
render_dialogs.py, so this module reads as the order of a render.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.core.clip_cache import ClipCache, default_cache_dir
from studio.core.journal import RequestJournal, has_orphans
from studio.core.recovery import RecoveryReport
from studio.core.render_job import (CACHE_WRITE, CACHED, CANCELLED, DONE, FAILED, PROVIDER_FAILING, QUEUED,
                                    RECOVERED, RENDERING, JobResult, LineEvent, RenderJob)
from studio.core.render_plan import RenderPlan, plan_render
from studio.core.spend_guard import SpendCheck, check_spend
from studio.gui.accounts.account_session import AccountSession
from studio.gui.kit import settings
from studio.gui.kit.provider_text import error_text, message_text
from studio.gui.kit.problem_text import line_error_text, stop_text
from studio.gui.kit.tasks import Progress, Task, run_in_background
from studio.gui.render import render_dialogs
from studio.gui.render.render_dialogs import cost_differs_text, finished_text, recovery_text
from studio.gui.table import cue_model
from studio.gui.table.cue_model import CueTableModel
from studio.providers.synthesis import concurrency_for, history_of, recover, synthesizer
from studio.providers.voice_guard import SlotCheck, check_voices, ensure_voices_added

log = logging.getLogger(__name__)
_STATE = {QUEUED: cue_model.QUEUED, RENDERING: cue_model.RENDERING, DONE: cue_model.DONE,
          CACHED: cue_model.CACHED, FAILED: cue_model.FAILED, RECOVERED: cue_model.RECOVERED}


class RenderController(QObject):
    started = Signal(int)                 # lines to render
    progress = Signal(int, int, float)    # lines finished, lines planned, actual cost so far
    finished = Signal(object)             # JobResult
    message = Signal(str)                 # one sentence for the status bar
    cache_ready = Signal(object)          # ClipCache

    def __init__(self, model: CueTableModel, session: AccountSession, parent_widget: QWidget,
                 budget: Callable[[], float | None] = lambda: None) -> None:
        super().__init__(parent_widget)
        self.model = model
        self.session = session
        self.widget = parent_widget
        self.budget = budget
        self.cache: ClipCache | None = None
        self.job: RenderJob | None = None
        self.task: Task | None = None
        self.plan: RenderPlan | None = None
        self.agreed_cost: float | None = None  # a price the user accepted before this render started
        self.after_render: Callable[[JobResult | None], None] | None = None
        self._lines_by_index: dict = {}
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # the job's own thread (its workers are its own threads)
        self._relay = Progress(self._on_event, self)
        self._done = 0
        self._spent = 0.0
        self.unsaved_job: RenderJob | None = None  # a job whose paid clips met a full disk (kept in memory)

    # --- cache -----------------------------------------------------------------------------------

    def open_cache(self, root=None) -> Task:  # noqa: ANN001
        """Open the clip cache off the GUI thread; the table then knows every line's state."""
        return run_in_background(ClipCache.open, root or default_cache_dir(), on_done=self._on_cache,
                                 on_error=lambda err: self.message.emit(self.tr(
                                     "The clip cache cannot be used: %1").replace("%1", error_text(err))))

    def _on_cache(self, cache: ClipCache) -> None:
        self.cache = cache
        self.model.clip_meta = cache.meta
        self.model.set_costing(is_cached=cache.contains)
        self.cache_ready.emit(cache)

    # --- render ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        # From the first background step (recovery, slot check, adding voices) to the job's end: a second
        # Render then would plan the same lines again and pay for them twice.
        return self.job is not None or self.task is not None

    def context_changed_rows(self) -> list[int]:
        """Rendered lines whose neighbours' text changed since (their clip is still valid and free, but
        ElevenLabs' continuity was made with the old context). Reads each clip's record: on demand only."""
        if self.cache is None:
            return []
        plan = plan_render(self.model.document.cues, self.model.costs.settings, self.cache, self.session.tariff)
        rows = [index - 1 for index in plan.context_changed]
        self.model.mark_context_changed({self.model.costs.line(row).spec.key for row in rows})
        return rows

    def render(self, rows: list[int] | None = None, *, force: set[int] | None = None,
               after: Callable[[JobResult | None], None] | None = None,
               agreed_cost: float | None = None) -> bool:
        """Render every line without a clip (or only `rows`); False when nothing was started."""
        if self.running:
            self.message.emit(self.tr("A render is already running: wait for it or cancel it."))
            return False
        provider = self.session.provider
        if provider is None or self.cache is None:
            self.ask_info(self.tr("Not Ready"), self.tr("The voice provider is not ready yet (no key, no network, "
                                                        "or still connecting): see the account panel."))
            return False
        if self.unsaved_job is not None and not self._store_unsaved():
            return False  # paid clips still wait in memory: rendering their lines would pay again
        if self.session.tariff.unit != "none" and has_orphans(self.cache.root):
            # Recover before paying: an earlier render was interrupted with requests in flight.
            # The lines: the clips fetched back are judged in their language, as a render's are.
            texts = [cue.text for cue in self.model.document.cues]
            self.task = run_in_background(recover, provider, self.cache, texts,
                                          on_done=lambda report: self._after_recovery(report, rows, force, after,
                                                                                      agreed_cost),
                                          on_error=self._on_recovery_failed, pool=self.pool)
            return True
        return self._plan(rows, force, after, agreed_cost)

    def _after_recovery(self, report: RecoveryReport, rows, force, after, agreed_cost) -> None:  # noqa: ANN001
        self.task = None
        for key in report.recovered_keys:
            self.model.set_clip_state(key, cue_model.RECOVERED)
        self.model.refresh_cached(list(report.recovered_keys))
        text = recovery_text(report)
        if text:
            self.message.emit(text)
            if report.maybe_billed or report.note:
                self.ask_info(self.tr("Interrupted Render"), text)
        self._plan(rows, force, after, agreed_cost)

    def _on_recovery_failed(self, error: BaseException) -> None:
        self.task = None
        self.ask_info(self.tr("Render Not Started"),
                      self.tr("An earlier render was interrupted, and its requests could not be looked up in the "
                              "provider's history (%1). Nothing was sent, so nothing is paid twice: try again when "
                              "the provider answers.").replace("%1", error_text(error)))

    def _plan(self, rows: list[int] | None, force: set[int] | None, after, agreed_cost: float | None  # noqa: ANN001
              ) -> bool:
        provider = self.session.provider
        wanted = set(rows) if rows is not None else None
        plan = plan_render(self.model.document.cues, self.model.costs.settings, self.cache, self.session.tariff,
                           (lambda row: row in wanted) if wanted is not None else None,
                           force=(lambda row: row in force) if force else None)
        if not plan.lines:
            self.message.emit(self.tr("Nothing to render: every line with something to say already has its "
                                      "clip."))
            if after is not None:
                after(None)
            return False
        self.plan, self.after_render = plan, after
        # The user already accepted this price in the dialog that started the render (a line's offer):
        # no second question for the same amount. The balance and budget guards still apply.
        self.agreed_cost = agreed_cost
        self.task = run_in_background(check_voices, provider, plan.voices, on_done=self._on_slots,
                                      on_error=self._on_failed_to_start, pool=self.pool)
        return True

    def _on_slots(self, slots: SlotCheck) -> None:
        self.task = None
        plan = self.plan
        if plan is None:
            return
        balance = self.session.balance
        check = check_spend(plan.estimated_total, unit=plan.unit,
                            remaining=balance.remaining if balance else None,
                            overage_allowed=balance.overage_allowed if balance else None, budget=self.budget())
        if not self.ask_start(plan, slots, check):
            self.plan = None
            self.message.emit(self.tr("Render cancelled: nothing was sent."))
            return
        if not slots.ok:
            # The user confirmed these adds in ask_start: exactly these, explicitly, before synthesis.
            confirmed = {v.id for v in slots.to_add}
            self.task = run_in_background(ensure_voices_added, self.session.provider, slots.to_add, confirmed,
                                          on_done=self._on_voices_added, on_error=self._on_failed_to_start,
                                          pool=self.pool)
            return
        self._start(plan)

    def _on_voices_added(self, outcome) -> None:  # noqa: ANN001
        self.task = None
        if outcome.failed or outcome.stopped:
            self.ask_info(self.tr("Voice Not Added"), "\n".join(message_text(m) for m in outcome.failed.values()))
            self.plan = None
            return
        self.session.refresh_balance()  # the slot counter moved
        self._start(self.plan)

    def _on_failed_to_start(self, error: BaseException) -> None:
        self.task, self.plan = None, None
        self.ask_info(self.tr("Render Not Started"),
                      error_text(error) if str(error) else self.tr("See the log for details."))

    def _start(self, plan: RenderPlan) -> None:
        provider, balance = self.session.provider, self.session.balance
        concurrency = concurrency_for(self.session.name, balance.tier if balance else None)
        chosen = settings.get(settings.CONCURRENCY)
        if chosen > 0:
            concurrency = min(concurrency, chosen)  # the user may lower it, never raise it past the plan
        paid = plan.unit != "none"
        synth = synthesizer(provider, pronunciations=self.model.costs.settings.pronunciations,
                            texts=[cue.text for cue in self.model.document.cues])
        self.job = RenderJob(plan, synth, self.cache, concurrency=concurrency, on_event=self._relay,
                             journal=RequestJournal(self.cache.root) if paid else None,
                             history=history_of(provider) if paid else None)
        self._lines_by_index = {line.index: line for line in plan.lines}
        for line in plan.lines:
            self.model.set_clip_state(line.spec.key, cue_model.QUEUED)
        self._done, self._spent = 0, 0.0
        self.started.emit(len(plan.lines))
        self.task = run_in_background(self.job.run, on_done=self._on_job_done, on_error=self._on_job_error,
                                      pool=self.pool)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.message.emit(self.tr("Cancelling: queued lines are not sent; lines in progress finish."))

    def _on_event(self, event: LineEvent) -> None:
        plan = self.plan
        if plan is None:
            return
        line = self._lines_by_index.get(event.index)
        if line is None:
            return
        state = _STATE.get(event.status)
        if state is not None:
            self.model.set_clip_state(line.spec.key, state, line_error_text(event) if event.status == FAILED else None)
        if event.status in (DONE, FAILED, CACHED, RECOVERED):
            self._done += 1
            self._spent += event.cost or 0.0
            self.progress.emit(self._done, len(plan.lines), self._spent)

    def _on_job_done(self, result: JobResult) -> None:
        job = self.job
        plan, self.plan, self.job, self.task = self.plan, None, None, None
        stopped = result.stopped_by
        if plan is not None:
            for line in plan.lines:  # lines never sent (cancel, stop) go back to "to render"
                state = self.model.clip_states.get(line.spec.key, ("", None))[0]
                if state in (cue_model.QUEUED, cue_model.RENDERING):
                    self.model.clip_states.pop(line.spec.key, None)
            self.model.refresh_cached([line.spec.key for line in plan.lines])
        self.session.refresh_balance()
        if result.ledger.off_by_more_than(0.05):
            self.session.refresh_tariff()
            self.ask_info(self.tr("Actual Cost Differs"), cost_differs_text(result))
        if stopped is None:
            text = finished_text(result)
        elif stopped.kind == CANCELLED:
            text = self.tr("Render cancelled: finished clips are kept.")
        elif stopped.kind == PROVIDER_FAILING:
            text = self.tr("Render stopped: %1 Finished clips are kept.").replace("%1", stop_text(stopped))
            rows = sorted({line.row for line in plan.lines}) if plan is not None else []
            if self.ask_retry(self.tr("Provider Failing"), text + "\n\n" + self.tr(
                    "The lines that failed or were not sent can be tried again once the provider recovers.")):
                self.message.emit(text)
                self.finished.emit(result)
                self.render(rows)
                return
        elif stopped.kind == CACHE_WRITE and job is not None and job.unsaved:
            text = self.tr("Render stopped: the disk is full. %n paid clip(s) are kept in memory: free some space "
                           "and press Retry.", "", job.unsaved)
            self.unsaved_job = job
            self._store_unsaved(first=text)
        else:
            text = self.tr("Render stopped: %1 Finished clips are kept.").replace("%1", stop_text(stopped))
            self.ask_info(self.tr("Render Stopped"), text)
        self.message.emit(text)
        self.finished.emit(result)
        after, self.after_render = self.after_render, None
        if after is not None and stopped is None:
            after(result)

    def _on_job_error(self, error: BaseException) -> None:
        log.error("render job failed", exc_info=error)
        self.plan, self.job, self.task = None, None, None
        self.ask_info(self.tr("Render Failed"), self.tr("The render stopped on an unexpected error; finished clips "
                                                        "are kept. The details are in the log."))

    def _store_unsaved(self, first: str | None = None) -> bool:
        """Write the paid clips a full disk left in memory, asking to free space until they are written or
        the user gives up for now; True when none is left."""
        job = self.unsaved_job
        text = first
        while job is not None:
            if text is not None and not self.ask_retry(self.tr("Disk Full"), text):
                return False
            left = job.store_unsaved()
            if not left:
                self.unsaved_job = None
                self.model.refresh_cached([line.spec.key for line in job.plan.lines])
                self.message.emit(self.tr("The paid clips kept in memory are now in the clip cache."))
                return True
            text = self.tr("The disk is still full: %n paid clip(s) are kept in memory. Free some space and "
                           "press Retry.", "", left)
        return True

    def failed_rows(self) -> list[int]:
        return [row for row in range(self.model.rowCount()) if self.model.status_of(row)[0] == cue_model.FAILED]

    # --- questions (tests replace these) --------------------------------------------------------------

    def ask_start(self, plan: RenderPlan, slots: SlotCheck, check: SpendCheck) -> bool:
        """Show the plan (lines, cost, voices that would take a slot) and the guards' verdict."""
        return render_dialogs.ask_start(self.widget, plan, slots, check, agreed_cost=self.agreed_cost,
                                        ask_plan=self.ask_plan)

    def ask_plan(self, plan: RenderPlan, check: SpendCheck) -> bool:
        """What this render will do and cost, before the first request (paid providers)."""
        return render_dialogs.ask_plan(self.widget, plan, check)

    def ask_info(self, title: str, text: str) -> None:
        QMessageBox.information(self.widget, title, text)

    def ask_retry(self, title: str, text: str) -> bool:
        """A problem the user can fix and retry (a full disk, a failing provider): True for Retry."""
        return render_dialogs.ask_retry(self.widget, title, text)
