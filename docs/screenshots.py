"""Take the README's screenshots from the real app, offscreen: `.venv/bin/python docs/screenshots.py`.

Every shot runs in a fresh process of this script (`--only NAME` takes one again; `--list` names them)
with its own temporary settings, cache, state and config folders and an in-memory keychain: the user's
settings, clips and keys are never read or written. ElevenLabs is the test emulator on loopback, its
key passed by environment variable only. Each image is written to docs/images/ and its path printed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"
SAMPLE = ROOT / "resources" / "samples" / "bonjour.srt"
RACHEL = "21m00Tcm4TlvDq8ikWAM"
AMELIE = "LibFrAmelie000000001"
WINDOW_SIZE = (1100, 700)  # the window's size on a first start
# A 1366x768 laptop screen at 125 %: the window maximised, less the desktop's panel.
LAPTOP_SIZE, LAPTOP_SCALE = (1093, 580), "1.25"
DOCK_WIDTH = 270  # the dock's minimum: the table's Text column gets the rest
DAY = 86400
USAGE = [1200, 0, 3400, 2100, 800, 0, 0, 5200, 4100, 2600, 900, 3000, 0, 1800, 6200, 2400, 1500, 700]
# Harmless here (no audio device, no window manager offscreen): not printed among the paths.
QUIET = ("propagateSizeHints", "pa_context_connect")

# Line 1 is too long for its 2 s at the voice's speed (from tests/gui/dub/test_speed_offer.py).
SPEED_SRT = """1
00:00:01,000 --> 00:00:03,000
Trente-trois caractères en tout.

2
00:00:03,000 --> 00:00:06,000
Et la suite.
"""
# A line that fits, one sped up to fit, one too long even at the fastest speed-up, one that fits.
TIMELINE_SRT = """1
00:00:00,500 --> 00:00:01,500
Oui, bonjour.

2
00:00:02,000 --> 00:00:03,560
Une réplique un peu longue pour sa place.

3
00:00:03,560 --> 00:00:04,500
Bonjour et bienvenue dans l'atelier de doublage, nous allons commencer tout de suite.

4
00:00:07,000 --> 00:00:08,500
Au revoir et à bientôt.
"""


# --- isolation and waiting ------------------------------------------------------------------------

def isolate(tmp: Path) -> None:
    """Point everything the app keeps (settings, clips, logs, keys) at tmp, before Qt or studio loads."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_LOGGING_RULES"] = "qt.multimedia*=false"  # no audio device here: nothing plays
    for var in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        os.environ[var] = str(tmp / var.lower())
    runtime = tmp / "runtime"  # what audio libraries leave behind goes with the rest
    runtime.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    for var in ("ELEVENLABS_API_KEY", "NARAKEET_API_KEY"):
        os.environ.pop(var, None)  # a key of the user's would reach a real account
    import keyring

    from tests.keyring_backends import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from PySide6.QtCore import QSettings, qInstallMessageHandler

    qInstallMessageHandler(lambda kind, context, text: None if any(q in text for q in QUIET)
                           else print(text, file=sys.stderr))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))


def wait(predicate: Callable[[], object], timeout_s: float = 30.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_s
    while not predicate():
        QCoreApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError(getattr(predicate, "__name__", "condition"))
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    """Let background tasks finish and layouts, timers and repaints run."""
    from studio.gui.kit import tasks

    wait(lambda: tasks.pending_count() == 0)
    end = time.monotonic() + seconds
    wait(lambda: time.monotonic() > end)


def save(widget, name: str) -> None:
    settle()
    path = OUT / name
    # Quality 0 is zlib's strongest compression: still lossless, just smaller.
    if not widget.grab().save(str(path), "PNG", 0):
        raise OSError(f"could not write {path}")
    print(path.relative_to(ROOT), flush=True)


@contextmanager
def elevenlabs(usage: bool = False):
    """The ElevenLabs emulator, and the settings and key that point the app at it (no real account).
    As in the tests, it fails the shot if the app sent anything the real API would refuse."""
    from studio.gui.kit import settings
    from tests.emulators.checked import checked_elevenlabs

    with checked_elevenlabs() as emu:
        if usage:  # a billing period 18 days in (resetting at midnight UTC), credits spent on most days
            midnight = int(time.time()) // DAY * DAY
            emu.account.next_reset_unix = midnight + 12 * DAY
            for day, credits in enumerate(USAGE):
                if credits:
                    emu.account.spend(credits, midnight - (18 - day) * DAY + 10 * 3600)
        os.environ["ELEVENLABS_API_KEY"] = emu.account.key
        settings.put(settings.BASE_URL["elevenlabs"], emu.url)
        settings.put(settings.PROVIDER, "elevenlabs")
        settings.put(settings.VOICE["elevenlabs"], RACHEL)
        yield emu


# --- the window -----------------------------------------------------------------------------------

def open_window(srt: Path, *, balance: bool = False, dock_width: int = DOCK_WIDTH):
    """The real MainWindow with srt loaded, its provider ready and the first dub built; questions that
    would block on a modal box are answered yes (the render plan) or ignored (notices)."""
    from PySide6.QtCore import Qt

    from studio.gui.kit.dialogs import Choice
    from studio.gui.shell.main_window import MainWindow

    window = MainWindow()
    controller = window.render_actions.controller
    controller.ask_plan = lambda plan, check: True
    controller.ask_info = lambda title, text: None
    window.ask_save_changes = lambda: Choice.DISCARD
    window.resize(*WINDOW_SIZE)
    window.resizeDocks([window.job.dock], [dock_width], Qt.Orientation.Horizontal)
    window.show()
    loaded: list[Path] = []
    window.loaded.connect(loaded.append)
    window.open_file(srt)
    wait(lambda: loaded and controller.cache is not None and window.job.session.provider is not None)
    if balance:
        wait(lambda: window.job.session.balance is not None)
    wait(lambda: window.dub.result is not None)
    return window


def split(window, table_height: int) -> None:
    """Give the table table_height pixels and the timeline strip the rest."""
    settle(0)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([table_height, total - table_height])


def render(window) -> None:
    """Render every line, then wait for the dub that the strip and its waveform show."""
    finished, built = [], []
    window.render_actions.controller.finished.connect(finished.append)
    window.dub.dub_ready.connect(lambda result: finished and built.append(result))
    if not window.render_actions.render_all():
        raise RuntimeError("nothing to render")
    wait(lambda: finished and built, 120)
    wait(window.dub.strip.has_waveform)


def close(window) -> None:
    from studio.gui.app import wait_for_workers

    window.undo_stack.setClean()
    window.close()
    wait_for_workers(window)


def temp_srt(text: str, name: str) -> Path:
    """Write a subtitle file into this shot's temporary folder (beside its settings and cache)."""
    path = Path(os.environ["XDG_DATA_HOME"]).parent / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the shots ------------------------------------------------------------------------------------

def main_window(name: str, size: tuple[int, int] = WINDOW_SIZE) -> None:
    """The sample rendered offline: table with the line in italics selected and in the edit box under
    the table, timeline strip, Account and Cost dock."""
    window = open_window(SAMPLE)
    render(window)
    window.resize(*size)
    window.select_row(2)
    split(window, round(size[1] * 0.62))  # the table and the edit box, the strip below
    save(window, name)
    close(window)


def shift_dialog() -> None:
    """Edit ▸ Synchronize ▸ Shift Times… over the window, three lines selected, 1.5 s later."""
    from studio.gui.table.sync_dialogs import ShiftDialog

    window = open_window(SAMPLE)
    window.select_row(1, count=3)
    dialog = ShiftDialog(window, 3, window.model.cue(1).start_ms)
    dialog.seconds_spin.setValue(1.5)
    dialog.show()
    dialog.seconds_spin.clearFocus()
    save(dialog, "shift-dialog.png")
    dialog.close()
    close(window)


def preferences() -> None:
    """Edit ▸ Preferences… on its Timing page: how clips are fitted to their slots."""
    window = open_window(SAMPLE)
    dialog = window.prefs.open("timing")
    save(dialog, "preferences.png")
    dialog.reject()
    close(window)


def account() -> None:
    """The Account and Cost dock with an ElevenLabs plan part-used, and the usage plot behind Usage…."""
    with elevenlabs(usage=True):
        window = open_window(SAMPLE, balance=True, dock_width=300)
        window.select_row(0, count=3)
        save(window.job.dock, "account-elevenlabs.png")
        dialog = window.job.dock.open_usage()
        save(dialog, "usage-plot.png")
        dialog.close()
        close(window)


def voice_picker() -> None:
    """Voices ▸ Choose Voice on the Voice Library tab, where each voice says whether it takes a slot."""
    with elevenlabs():
        window = open_window(SAMPLE, balance=True)
        window.select_row(1)
        dialog = window.voice_actions.choose_voice()
        settle()
        dialog.tabs.setCurrentIndex(2)
        view = dialog.current_view()
        wait(lambda: view.model().row_of(AMELIE) >= 0)
        view.selectRow(view.model().row_of(AMELIE))
        save(dialog, "voice-picker.png")
        dialog.close()
        close(window)


def speed_offer() -> None:
    """Render Line Faster for a line that an ElevenLabs voice says in more time than its slot has."""
    from studio.gui.kit import settings
    from studio.gui.dub.speed_offer import SpeedOfferDialog

    with elevenlabs():
        settings.put(settings.MAX_SPEED, 1.0)  # no speed-up at mixing: the overflow stays to be offered
        window = open_window(temp_srt(SPEED_SRT, "film.srt"), balance=True)
        render(window)
        window.select_row(0)
        offers = window.dub.speed_offer
        offer = offers.offer(0)
        placement = window.dub.result.placements[0]
        dialog = SpeedOfferDialog(window, offer, lambda speed: offers.offer(0, speed),
                                  window.render_actions.controller.session.tariff.unit,
                                  placement.overflow_ms, placement.speed)
        dialog.show()
        dialog.render_button.setFocus()  # the default button anyway; no text caret in the picture
        save(dialog, "speed-offer.png")
        dialog.close()
        close(window)


def welcome() -> None:
    """The first-run welcome's first page, over an empty window as on a first start, on a machine with a
    network: the voice host's check is answered by a loopback server (the emulator; any HTTP answer
    counts), so the shot shows the download offer without reaching the internet."""
    from PySide6.QtCore import Qt

    from studio.gui.onboarding.natural_offer import CHECKING
    from studio.gui.onboarding.welcome import WelcomeDialog
    from studio.gui.shell.main_window import MainWindow
    from tests.emulators.checked import checked_elevenlabs

    with checked_elevenlabs() as host:
        window = MainWindow()
        window.resize(*WINDOW_SIZE)
        window.show()
        dialog = WelcomeDialog(window, reach=host.url)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        wait(lambda: dialog.offer.state != CHECKING)
        save(dialog, "welcome.png")
        dialog.close()
        close(window)


def timeline() -> None:
    """The timeline strip close up: clips that fit, one sped up to fit, one still too long."""
    window = open_window(temp_srt(TIMELINE_SRT, "timing.srt"))
    render(window)
    give_line_2_room(window)
    window.select_row(0)
    split(window, 360)
    settle()
    strip = window.dub.strip
    strip.zoom_to_fit()
    states = {strip.clip_state(row) for row in range(window.model.rowCount())}
    if not {"fits", "stretched", "overflow"} <= states:
        print(f"warning: timeline.png shows {sorted(map(str, states))}, not the three states", file=sys.stderr)
    save(strip, "timeline.png")
    close(window)


def give_line_2_room(window, tries: int = 30) -> None:
    """Move the cut between lines 2 and 3 later, 10 ms at a time, until line 2 sped up fits its slot.

    Needed because the sped-up audio (ffmpeg atempo) usually ends 5-18 ms past the slot it was sped up
    for, which the app counts as an overflow. Edits in the table and Refresh Timeline, as a user would.
    """
    from studio.gui.table import commands

    model = window.model
    for _ in range(tries):
        if window.dub.strip.clip_state(1) == "stretched":
            return
        line_2, line_3 = model.cue(1), model.cue(2)
        cut = line_2.end_ms + 10
        commands.push(model, commands.edit_times(model, 1, line_2.with_times(line_2.start_ms, cut)))
        commands.push(model, commands.edit_times(model, 2, line_3.with_times(cut, line_3.end_ms)))
        window.dub.refresh_action.trigger()  # View ▸ Refresh Timeline (F5)
        wait(lambda cut=cut: window.dub.result.placements[1].end_ms == cut == window.dub.result.placements[2].start_ms)


# name: (function, interface language, dark)
SHOTS: dict[str, tuple[Callable[[], None], str, bool]] = {
    "main": (lambda: main_window("main-window.png"), "en", False),
    "main-fr": (lambda: main_window("main-window-fr.png"), "fr", False),
    "main-dark": (lambda: main_window("main-window-dark.png"), "en", True),
    "main-laptop-fr-dark": (lambda: main_window("main-window-laptop-fr-dark.png", LAPTOP_SIZE), "fr", True),
    "shift-dialog": (shift_dialog, "en", False),
    "preferences": (preferences, "en", False),
    "account": (account, "en", False),
    "voice-picker": (voice_picker, "en", False),
    "speed-offer": (speed_offer, "en", False),
    "welcome": (welcome, "en", False),
    "timeline": (timeline, "en", False),
}


def take(name: str) -> None:
    """Take one shot in this process, in its own temporary world."""
    shot, language, dark = SHOTS[name]
    with tempfile.TemporaryDirectory(prefix="dubbing-shots-") as tmp:
        isolate(Path(tmp))
        if "laptop" in name:
            os.environ["QT_SCALE_FACTOR"] = LAPTOP_SCALE  # before the application exists
        from PySide6.QtCore import Qt

        from studio.gui.shell import i18n, theme
        from studio.gui.app import create_app

        app = create_app([sys.argv[0]])
        i18n.install_translator(app, language)  # before the window: its strings are translated once
        theme.follow_system(app).apply(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        OUT.mkdir(parents=True, exist_ok=True)
        shot()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(SHOTS), help="take this shot only, in this process")
    parser.add_argument("--list", action="store_true", help="name the shots")
    args = parser.parse_args()
    if args.list:
        print("\n".join(SHOTS))
        return 0
    if args.only:
        take(args.only)
        return 0
    started = time.monotonic()
    failed = [name for name in SHOTS
              if subprocess.run([sys.executable, __file__, "--only", name], check=False).returncode != 0]
    print(f"{len(SHOTS) - len(failed)} of {len(SHOTS)} shots in {time.monotonic() - started:.0f} s"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
