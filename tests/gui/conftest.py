"""GUI test setup: headless Qt, and settings that never touch the real user's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
# The interface's language and its figures' notation follow the machine's locale ("1,50" on a German
# one); the tests read English words and figures, so they run in the C locale whatever the machine's
# (a test that wants French installs it). Before the application reads the environment.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator  # noqa: E402

from studio.gui.kit import settings  # noqa: E402
from studio.paths import translations_dir  # noqa: E402
from tests.emulators.closed_port import closed_port_url  # noqa: E402

FRENCH_SRT = """1
00:00:01,000 --> 00:00:03,200
Bonjour et bienvenue
dans l'atelier de doublage.

2
00:00:03,000 --> 00:00:06,400
- Tu es prête ?
- Presque... Encore une minute !

3
00:00:07,000 --> 00:00:09,000
[musique douce]

4
00:00:09,500 --> 00:00:12,000
Ça coûte 0 € : c'est l'été !
"""


@pytest.fixture(scope="session", autouse=True)
def gc_on_gui_thread(qapp):
    """As in the app: Python's cyclic GC never runs on a worker thread (it could free a widget there)."""
    from studio.gui.shell import qt_workarounds

    qt_workarounds.collect_garbage_on_gui_thread()


@pytest.fixture(autouse=True)
def isolated_cache(monkeypatch, tmp_path: Path):
    """Clips and voice samples go to the test's folder, never the user's cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # the log file, when a test runs main()


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path: Path):
    """Give every test its own empty INI settings under tmp_path."""
    QCoreApplication.setOrganizationName("DubbingStudioTests")
    QCoreApplication.setApplicationName("gui-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"
    settings.reset()


@pytest.fixture
def backend(monkeypatch):
    """An in-memory keychain, no key variables and a fresh key store (the real ones are never touched)."""
    import keyring

    from studio import secrets
    from tests.keyring_backends import MemoryKeyring

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    for var in secrets.ENV_VARS.values():
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(secrets, "_default", None)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def french_srt(tmp_path: Path) -> Path:
    """A small French file: accents, dialogue dashes, a silent line, and an overlap on row 2."""
    path = tmp_path / "bonjour.srt"
    path.write_bytes(FRENCH_SRT.encode("utf-8"))
    return path


def make_srt(path: Path, count: int, encoding: str = "utf-8") -> Path:
    """Write count well-formed cues (two text lines each) and return path."""
    blocks = []
    for i in range(count):
        start, end = i * 3000, i * 3000 + 2500
        blocks.append(f"{i + 1}\n{_tc(start)} --> {_tc(end)}\nRéplique numéro {i + 1},\n"
                      f"dite {'vite' if i % 7 == 0 else 'calmement'} par l'acteur.\n")
    path.write_bytes("\n".join(blocks).encode(encoding))
    return path


def _tc(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


@pytest.fixture
def follower(qapp):
    """The app's light/dark follower, forced to a scheme by the test and back to light after it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    from studio.gui.shell import theme

    follower = theme.follow_system(qapp)
    yield follower
    follower.keep("")  # a test that kept a scheme gives the system's back
    follower.apply(Qt.ColorScheme.Light)
    qapp.setPalette(QPalette())
    follower.ours = False


@pytest.fixture(autouse=True)
def welcome_asks_loopback_only(monkeypatch):
    """The welcome asks whether the voices' host answers before offering a download. Tests never reach
    the internet: a host off loopback (the shipped catalogue's) is asked on a closed loopback port."""
    from urllib.parse import urlsplit

    from studio.gui.onboarding import natural_offer

    real = natural_offer.reachable
    with closed_port_url() as closed:
        def loopback_only(url: str, *args, **kwargs) -> bool:
            asked = url if urlsplit(url).hostname in ("127.0.0.1", "localhost") else closed
            return real(asked, *args, **kwargs)

        monkeypatch.setattr(natural_offer, "reachable", loopback_only)
        yield


@pytest.fixture
def translator(qapp):
    """install(code): our catalogue and Qt's own for code, removed after the test."""
    installed: list[QTranslator] = []
    default = QLocale()

    def install(code: str) -> None:
        ours = QTranslator()
        assert ours.load(f"dubbing_studio_{code}", str(translations_dir()))
        qt_own = QTranslator()
        qt_own.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for each in (ours, qt_own):
            QCoreApplication.installTranslator(each)
            installed.append(each)
        QLocale.setDefault(QLocale(code))

    yield install
    for each in installed:
        QCoreApplication.removeTranslator(each)
    QLocale.setDefault(default)
