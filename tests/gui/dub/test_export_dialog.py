"""Export and "Dub video" dialogs: options round-trip, suffixes follow the format, the video is probed,
and run_with_progress runs a real mux off-thread: cancel leaves no file, a failure says why."""

from __future__ import annotations

import math
import subprocess
import threading
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from studio.core.audio_decode import ffmpeg_path
from studio.core.export import export_audio
from studio.core.mux import DuckSettings
from studio.core.mux import MediaError, mux_video, probe_media
from studio.gui.dub.dub_video_dialog import DubVideoDialog
from studio.gui.dub.dub_video_memory import DubVideoOptions, remember, remembered_options
from studio.gui.dub.export_dialog import ExportDialog, ExportOptions
from studio.gui.kit import settings
from studio.gui.kit.progress_runner import progress_text, run_with_progress
from studio.gui.kit.tasks import pending_count


def _ffmpeg(*args: str) -> None:
    subprocess.run([ffmpeg_path(), "-hide_banner", "-loglevel", "error", *args], check=True, timeout=60)


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("dub")
    with_sound, silent = folder / "film.mp4", folder / "silent.mp4"
    picture = ["-f", "lavfi", "-i", "testsrc=size=160x120:rate=25"]
    _ffmpeg(*picture, "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "3",
            "-c:v", "mpeg4", "-c:a", "aac", "-shortest", "-y", str(with_sound))
    _ffmpeg(*picture, "-t", "1", "-c:v", "mpeg4", "-y", str(silent))
    dub = folder / "dub.wav"
    export_audio(array("h", [int(8000 * math.sin(2 * math.pi * 300 * i / 48000)) for i in range(3 * 48000)]),
                 dub)
    return {"video": with_sound, "silent": silent, "dub": dub}


def ok_button(dialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


# ----- ExportDialog -----

def test_export_options_round_trip(qtbot, tmp_path):
    chosen = ExportOptions(tmp_path / "film.m4a", "m4a", normalize=True, target_lufs=-23.0,
                           timing_report=True, report_format="json", retimed_srt=True)
    dialog = ExportDialog(options=chosen)
    qtbot.addWidget(dialog)
    assert dialog.options() == chosen
    assert chosen.normalize_lufs == -23.0
    assert chosen.report_path == tmp_path / "film.timing.json"
    assert chosen.srt_path == tmp_path / "film.retimed.srt"


def test_export_defaults_and_the_suffix_follows_the_format(qtbot, tmp_path):
    dialog = ExportDialog(default_path=tmp_path / "film.wav")
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert (options.fmt, options.normalize, options.target_lufs) == ("wav", False, -16.0)
    assert options.normalize_lufs is None and options.report_path is None and options.srt_path is None
    assert not dialog.lufs_spin.isEnabled() and not dialog.report_combo.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("mp3"))
    assert dialog.path_edit.text() == str(tmp_path / "film.mp3")
    assert dialog.options().path == tmp_path / "film.mp3"
    # A typed name without suffix gets the format's.
    dialog.path_edit.setText(str(tmp_path / "dub"))
    assert dialog.options().path == tmp_path / "dub.mp3"
    dialog.normalize_check.setChecked(True)
    assert dialog.lufs_spin.isEnabled() and dialog.options().normalize_lufs == -16.0


def test_export_refuses_a_missing_folder_and_an_empty_path(qtbot, tmp_path):
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "film.wav"))
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    assert dialog.result() == 0 and "nowhere" in dialog.error_label.text()
    dialog.path_edit.setText(str(tmp_path / "film.wav"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


# ----- DubVideoDialog -----

def test_dub_video_options_round_trip_and_container_suffix(qtbot, media, tmp_path):
    chosen = DubVideoOptions(media["video"], tmp_path / "out.mkv", "duck", "eng", DuckSettings(-22.0, 50, 900), True)
    dialog = DubVideoDialog(options=chosen)
    qtbot.addWidget(dialog)
    assert dialog.options() == chosen
    dialog.container_combo.setCurrentIndex(dialog.container_combo.findData("mp4"))
    assert dialog.options().output == tmp_path / "out.mp4"
    dialog.mode_radios["add"].setChecked(True)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(""))
    assert dialog.options() == DubVideoOptions(media["video"], tmp_path / "out.mp4", "add", None,
                                               DuckSettings(-22.0, 50, 900), True)
    assert not dialog.duck_group.isEnabled()  # depth and fades only matter when mixing over
    # A language we do not list is kept, not silently replaced.
    odd = DubVideoDialog(options=DubVideoOptions(media["video"], tmp_path / "o.mp4", "replace", "bre"))
    qtbot.addWidget(odd)
    assert odd.options().language == "bre"


def test_dub_video_proposes_a_name_beside_the_original_that_follows_the_language(qtbot, media):
    dialog = DubVideoDialog(options=remembered_options(media["video"], "fra"))
    qtbot.addWidget(dialog)
    assert dialog.options().output == media["video"].with_name("film (dub fr).mp4")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("spa"))
    assert dialog.options().output == media["video"].with_name("film (dub es).mp4")
    dialog.container_combo.setCurrentIndex(dialog.container_combo.findData("mkv"))
    assert dialog.options().output == media["video"].with_name("film (dub es).mkv")
    dialog.output_edit.setText(str(media["video"].with_name("mine.mkv")))  # typed by hand: kept
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fra"))
    assert dialog.options().output == media["video"].with_name("mine.mkv")


def test_dub_video_remembers_each_videos_choices_and_the_last_as_default(qtbot, media, tmp_path):
    first = DubVideoOptions(media["video"], tmp_path / "mine.mkv", "duck", "fra", DuckSettings(-20.0, 80, 600), True)
    remember(first)
    again = remembered_options(media["video"], "fra")
    assert again == first  # the same video: its own mode and output, the duck settings as last set
    other = remembered_options(media["silent"], "eng")
    assert other.mode == "duck" and other.output == media["silent"].with_name("silent (dub en).mkv")
    assert other.duck == DuckSettings(-20.0, 80, 600) and other.subtitles
    dialog = DubVideoDialog(options=remembered_options(None, "fra"))
    qtbot.addWidget(dialog)
    dialog.video_edit.setText(str(media["video"]))
    dialog.video_edit.editingFinished.emit()  # choosing the video brings its choices back
    assert dialog.options().output == tmp_path / "mine.mkv" and dialog.options().mode == "duck"
    settings.put(settings.DUB_PER_VIDEO, "{not json")
    assert remembered_options(media["video"], "fra").output == media["video"].with_name("film (dub fr).mkv")


def test_progress_says_the_percentage_and_then_the_time_left():
    assert progress_text("Dubbing film.mp4…", 0.1, 0.4) == "Dubbing film.mp4…\n10 %"  # too early to tell
    assert progress_text("Dubbing film.mp4…", 0.25, 4.0) == "Dubbing film.mp4…\n25 % · about 12 s left"
    assert progress_text("Export", 0.1, 30.0) == "Export\n10 % · about 4 min left"


def test_dub_video_reads_the_video(qtbot, media):
    dialog = DubVideoDialog(video=media["video"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.media_info is not None, timeout=10000)
    assert dialog.media_info.has_audio
    assert all(radio.isEnabled() for radio in dialog.mode_radios.values())
    assert "aac" in dialog.video_info.text()
    # The explanations are on screen, one per mode.
    texts = [label.text() for label in dialog.findChildren(type(dialog.video_info))]
    assert any("only sound" in t for t in texts) and any("lowered only while" in t for t in texts)


def test_a_video_without_sound_allows_replace_only(qtbot, media):
    output = media["silent"].with_name("s.mkv")
    dialog = DubVideoDialog(options=DubVideoOptions(media["silent"], output, "duck"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.media_info is not None, timeout=10000)
    assert not dialog.mode_radios["add"].isEnabled() and not dialog.mode_radios["duck"].isEnabled()
    assert dialog.options().mode == "replace"
    assert "no sound" in dialog.video_info.text()


def test_dub_video_refuses_overwriting_the_original_or_a_missing_video(qtbot, media, tmp_path):
    dialog = DubVideoDialog(options=DubVideoOptions(media["video"], media["video"], "replace"))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.error_label.isVisibleTo(dialog)
    dialog.video_edit.setText(str(tmp_path / "gone.mp4"))
    dialog.output_edit.setText(str(tmp_path / "out.mp4"))
    dialog.accept()
    assert dialog.result() == 0 and "gone.mp4" in dialog.error_label.text()


# ----- run_with_progress -----

def _no_leftovers(folder: Path, name: str) -> bool:
    return not any(p.name.startswith(name) or p.name.startswith(f".{name}") for p in folder.iterdir())


def test_cancelling_a_mux_leaves_no_file_and_no_message(qtbot, media, tmp_path):
    output = tmp_path / "dubbed.mp4"
    cancel = threading.Event()
    outcomes = []
    run = run_with_progress(None, "Dub video", mux_video, media["video"], media["dub"], output, "replace",
                            cancel_event=cancel, kwargs={"cancel": cancel}, progress_arg="progress",
                            on_done=lambda r: outcomes.append(("done", r)),
                            on_cancelled=lambda: outcomes.append(("cancelled", None)),
                            on_error=lambda e: outcomes.append(("error", e)))
    assert run.dialog is not None
    buttons = run.dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Cancel"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)  # the user presses Cancel
    assert cancel.is_set()
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    assert outcomes == [("cancelled", None)] and run.cancelled
    assert run.message_box is None
    assert _no_leftovers(tmp_path, "dubbed.mp4")
    qtbot.waitUntil(lambda: pending_count() == 0, timeout=30000)


def test_a_mux_runs_off_thread_with_progress_and_delivers_its_file(qtbot, media, tmp_path):
    output = tmp_path / "dubbed.mkv"
    cancel = threading.Event()
    seen_threads = []

    def mux(*args, **kwargs):
        seen_threads.append(threading.current_thread())
        return mux_video(*args, **kwargs)

    results = []
    run = run_with_progress(None, "Dub video", mux, media["video"], media["dub"], output, "add",
                            cancel_event=cancel, kwargs={"cancel": cancel, "language": "fra"},
                            progress_arg="progress", on_done=results.append)
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    assert results == [output] and run.error is None
    assert seen_threads and seen_threads[0] is not threading.main_thread()
    assert [s.language for s in probe_media(output).audio] == [None, "fre"]  # Matroska: ISO 639-2/B


def test_a_failure_is_shown_as_the_core_sentence(qtbot, media, tmp_path):
    errors = []
    run = run_with_progress(None, "Dub video", mux_video, media["silent"], media["dub"], tmp_path / "x.mp4",
                            "add", on_error=errors.append)
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    assert isinstance(errors[0], MediaError)
    box = run.message_box
    assert box is not None and box.text() == str(errors[0]) and "silent.mp4" in box.text()
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
    assert not (tmp_path / "x.mp4").exists()


def test_an_unexpected_error_gets_a_short_notice_not_a_traceback(qtbot):
    def broken() -> None:
        raise KeyError("internal detail")

    run = run_with_progress(None, "Export dub", broken)
    qtbot.waitUntil(lambda: run.finished, timeout=30000)
    text = run.message_box.text()
    assert "KeyError" in text and "internal detail" not in text and "log" in text
    run.message_box.close()


def test_a_file_that_is_no_video_is_said_in_french(qtbot, tmp_path, translator):
    translator("fr")
    notes = tmp_path / "notes.mp4"
    notes.write_text("Acheter du pain.\n", encoding="utf-8")  # not a video, whatever its name says
    dialog = DubVideoDialog(video=notes)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "notes.mp4" in dialog.video_info.text(), timeout=10000)
    said = dialog.video_info.text()
    assert said.startswith("notes.mp4 n’a pas pu être lu comme une vidéo (") and said.endswith(").")


def test_a_mux_refused_for_its_video_is_said_in_french(qtbot, media, tmp_path, translator):
    translator("fr")
    errors = []
    run = run_with_progress(None, "Dub video", mux_video, media["silent"], media["dub"], tmp_path / "x.mkv",
                            "add", on_error=errors.append)
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    assert isinstance(errors[0], MediaError) and "has no sound of its own" in str(errors[0])  # the CLI's
    nbsp = "\u00a0"
    assert run.message_box.text() == (f"silent.mp4 n’a pas de son à garder ou à atténuer{nbsp}: remplacez son "
                                      "son pour que le doublage soit sa seule piste audio.")
    run.message_box.close()
