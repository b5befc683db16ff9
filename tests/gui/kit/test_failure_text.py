"""In English the window says what the core says: for every way a write can fail (each errno the core
words), the window's wording from the error's code and parameters is the core's sentence word for word,
and in French it is French. Real core calls; the write raises OSError(errno) as the core's tests do."""

from __future__ import annotations

import errno
import os
from array import array

import pytest

from studio.core import export
from studio.core.clip_cache import ClipCache, ClipCacheError, ClipMeta
from studio.core.cues import Cue
from studio.core.document import Document
from studio.core.export import ExportError, export_audio
from studio.core.paid_requests import journal_failure
from studio.core.render_result import FAILED, LineEvent
from studio.core.rescue import UnsavedClips
from studio.core.srt_file import SubtitleError, save_srt
from studio.gui.kit.problem_text import line_error_text, stop_text
from studio.gui.kit.provider_text import error_text
from tests.core.test_clip_cache import AUDIO, _fail_replace_of, spec

ERRNOS = [errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.EIO]


def _saved(tmp_path, code: int) -> SubtitleError:
    doc = Document(cues=[Cue(0, 1000, "Bonjour.")])
    with pytest.MonkeyPatch.context() as patch:
        _fail_replace_of(patch, ".srt", code)
        with pytest.raises(SubtitleError) as failed:
            save_srt(doc, tmp_path / "film.srt")
    return failed.value


def _exported(tmp_path, code: int) -> ExportError:
    def refused(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(export, "_write_wav", refused)
        with pytest.raises(ExportError) as failed:
            export_audio(array("h", [0] * 4800), tmp_path / "dub.wav")
    return failed.value


def _stored(tmp_path, code: int) -> ClipCacheError:
    cache = ClipCache.open(tmp_path / "cache")
    with pytest.MonkeyPatch.context() as patch:
        _fail_replace_of(patch, ".mp3", code)
        with pytest.raises(ClipCacheError) as failed:
            cache.put(spec(), AUDIO, "mp3", ClipMeta(cost=8))
    return failed.value


@pytest.mark.parametrize("code", ERRNOS, ids=[errno.errorcode[code] for code in ERRNOS])
@pytest.mark.parametrize("make", [_saved, _exported, _stored], ids=["save", "export", "clip cache"])
def test_a_refused_write_is_the_cores_sentence_in_english_and_french_in_french(qtbot, tmp_path, translator,
                                                                            make, code):
    error = make(tmp_path, code)
    assert error.code and error.params["errno"] == errno.errorcode[code]
    assert error_text(error) == str(error)
    translator("fr")
    french = error_text(error)
    assert french != str(error) and "\u00a0:" in french and "disk" not in french and "written" not in french


@pytest.mark.parametrize("code", ERRNOS, ids=[errno.errorcode[code] for code in ERRNOS])
def test_the_journal_that_cannot_be_written_stops_the_render_in_the_cores_words(qtbot, translator, code):
    stop = journal_failure(OSError(code, os.strerror(code)))
    event = LineEvent(0, 0, FAILED, **{"error": stop.message, "error_kind": stop.kind, "error_code": stop.code,
                                       "error_params": stop.params})
    assert stop_text(stop) == line_error_text(event) == stop.message
    translator("fr")
    assert stop_text(stop).startswith("Le journal des requêtes, à côté du cache des clips, ne peut pas être écrit (")


def test_a_paid_clip_kept_in_memory_is_said_as_the_core_says(qtbot, tmp_path, monkeypatch, translator):
    cache = ClipCache.open(tmp_path / "cache")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ClipCache, "put", full)  # the cache and the rescue folder: both full
    unsaved = UnsavedClips(cache, delays=(), sleep=lambda s: None)
    kept = unsaved.put(1, spec(), AUDIO, "mp3", ClipMeta(cost=8))
    said = kept.line_error()
    event = LineEvent(0, 0, FAILED, said["error"], "cache_write", error_code=said["code"],
                      error_params=said["params"])
    assert line_error_text(event) == said["error"]
    stop = unsaved.stop_reason()
    translator("fr")
    assert line_error_text(event) == ("Payé, mais le disque est plein\u00a0: le clip est gardé en mémoire jusqu’à "
                                      "ce qu’il puisse être écrit.")
    assert stop_text(stop) == (f"Le disque du cache des clips ({cache.root}) est plein. 1 extrait payé est gardé "
                               "en mémoire\u00a0: libérez de l’espace et cliquez sur Réessayer. Plus rien n’a été "
                               "envoyé.")
