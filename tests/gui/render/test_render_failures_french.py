"""A render's failures in French in the window, worded from their code and parameters
(studio/gui/kit/failure_text.py), never read back from the core's English: the clip cache's disk full
(os.replace raising ENOSPC, as the render fault tests do), a bug in the job, a damaged natural voice, a
CMU pronunciation the voice cannot read, a provider that keeps failing."""

from __future__ import annotations

import errno
import os
import tempfile

import pytest
from PySide6.QtCore import Qt

from studio.core.breaker import Trip
from studio.core.clip_cache import rescue_root_for
from studio.core.paid_requests import PaidRequests
from studio.core.pronunciation import make_rule
from studio.core.render_result import FAILED, PROVIDER_FAILING, LineEvent, StopReason, skipped_error
from studio.gui.kit import settings
from studio.gui.kit.problem_text import line_error_text, stop_text
from studio.gui.table.cue_model import COL_STATUS
from studio.providers.base import ProviderError, SynthesisRequest
from studio.providers.offline import OfflineProvider
from studio.providers.voice_catalogue import find
from studio.providers.voice_packs import VoiceStore
from tests.gui.render.test_render_actions import _window
from tests.neural_fixtures import JOE_ID, JOE_KEY, joe_files

NBSP = "\u00a0"


def _tooltip(win, row: int) -> str:
    return win.model.data(win.model.index(row, COL_STATUS), Qt.ItemDataRole.ToolTipRole) or ""


def _event(error: ProviderError) -> LineEvent:
    """The line event a render gives for this provider error (as RenderJob._on_error makes it)."""
    return LineEvent(0, 0, FAILED, str(error), error.kind.value, error_code=error.code,
                     error_params=error.params)


def test_a_full_clip_cache_disk_is_said_in_french_on_the_line_and_in_the_stop(qtbot, monkeypatch, tmp_path,
                                                                              french_srt, translator):
    translator("fr")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # the rescue folder: this test's own
    (tmp_path / "tmp").mkdir()
    settings.put(settings.CONCURRENCY, 1)
    win = _window(qtbot, french_srt, monkeypatch)
    controller = win.render_actions.controller
    root, real = controller.cache.root, os.replace

    def replace(src, dst, *args, **kwargs):  # the cache's disk fills up after its first clip
        if str(dst).startswith(str(root)) and not str(dst).endswith(".json") and len(controller.cache) >= 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    with qtbot.waitSignal(controller.finished, timeout=60000):
        assert win.render_actions.render_all()
    rescue = rescue_root_for(root)
    assert controller.failed_rows() == [1]
    assert _tooltip(win, 1).splitlines()[-1] == (f"Payé, mais le disque est plein{NBSP}: le clip a été écrit dans {rescue} et "
                                "reviendra de lui-même.")
    [(title, text)] = win.asked["info"]
    assert title == "Rendu arrêté"
    assert text == (f"Rendu arrêté{NBSP}: Le disque du cache des clips ({root}) est plein. 1 extrait payé a été "
                    f"écrit dans {rescue}{NBSP}; il reviendra dans le cache à sa prochaine ouverture. Plus rien "
                    f"n’a été envoyé. Les clips terminés sont conservés.")
    assert win.statusBar().currentMessage() == text
    win.undo_stack.setClean()


def test_a_bug_in_the_render_is_an_internal_error_in_french(qtbot, monkeypatch, french_srt, translator):
    translator("fr")
    win = _window(qtbot, french_srt, monkeypatch)

    def broken(self, key):  # noqa: ANN001
        raise RuntimeError("list index out of range")

    monkeypatch.setattr(PaidRequests, "look_again", broken)  # the first thing a worker does with a line
    with qtbot.waitSignal(win.render_actions.controller.finished, timeout=60000):
        assert win.render_actions.render_all()
    assert win.render_actions.controller.failed_rows() == [0, 1, 3]
    assert _tooltip(win, 0) == f"Erreur interne{NBSP}: list index out of range"
    win.undo_stack.setClean()


@pytest.fixture
def joe():
    VoiceStore().install_file(joe_files()[0], find(JOE_KEY))  # this test's own data folder
    return VoiceStore().get(JOE_ID)


def test_a_damaged_natural_voice_is_said_in_french_and_in_english_as_the_provider_says(qtbot, joe, translator):
    config = joe.model.with_name(joe.model.name + ".json")
    config.write_text("{not json", encoding="utf-8")  # damaged on disk after it was installed
    with pytest.raises(ProviderError) as failed:
        OfflineProvider().synthesize(SynthesisRequest(text="Hello.", voice_id=JOE_ID))
    event = _event(failed.value)
    assert failed.value.code == "engine_unavailable" and failed.value.params["reason"] == "voice_damaged"
    assert line_error_text(event) == str(failed.value)  # in English, the window says what the provider says
    translator("fr")
    french = line_error_text(event)
    assert french.startswith(f"La voix {JOE_KEY} est endommagée (")
    assert french.endswith(f"){NBSP}: supprimez-la puis installez-la de nouveau.")


def test_a_cmu_pronunciation_the_voice_cannot_read_is_said_in_french(qtbot, joe, translator):
    rule = make_rule("Nguyen", phoneme="N G UW1 Y EH0 NX", alphabet="x-cmu")  # NX: no Arpabet symbol
    with pytest.raises(ProviderError) as failed:
        OfflineProvider().synthesize(SynthesisRequest(text="Hello Nguyen.", voice_id=JOE_ID,
                                                      pronunciations=(rule.key(),)))
    event = _event(failed.value)
    assert failed.value.params["reason"] == "unreadable" and failed.value.params["token"] == "NX"
    assert line_error_text(event) == str(failed.value)
    translator("fr")
    assert line_error_text(event) == (
        f"La prononciation de «{NBSP}Nguyen{NBSP}» est illisible{NBSP}: «{NBSP}NX{NBSP}» n’est pas un symbole de "
        f"l’Arpabet CMU{NBSP}: écrivez-la comme dans le dictionnaire CMU (par exemple N G UW1 Y EH0 N).")


def test_a_failing_provider_and_the_lines_it_left_unsent_are_said_in_french(qtbot, translator):
    trip = Trip("503 service_unavailable", 8)
    stop = StopReason(PROVIDER_FAILING, trip.message(), PROVIDER_FAILING, trip.params())
    assert stop_text(stop) == stop.message  # in English, what the core says
    skipped = skipped_error(stop)
    event = LineEvent(0, 0, "skipped", skipped["error"], skipped["kind"], error_code=skipped["code"],
                      error_params=skipped["params"])
    assert line_error_text(event) == skipped["error"]
    translator("fr")
    failing = f"Le fournisseur est en panne (503 service_unavailable ×8){NBSP}; plus rien n’a été envoyé."
    assert stop_text(stop) == failing
    assert line_error_text(event) == f"Non générée{NBSP}: le rendu s’est arrêté. {failing}"
