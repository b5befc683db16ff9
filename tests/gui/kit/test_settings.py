import random
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from studio.gui.kit import settings


def test_defaults_when_nothing_stored():
    assert settings.get(settings.RECENT_FILES) == []
    assert settings.get(settings.LAST_DIR) == ""
    assert settings.get(settings.WINDOW_GEOMETRY) == QByteArray()
    assert settings.get(settings.RECENT_MAX) == 10


def test_values_round_trip():
    settings.put(settings.LAST_DIR, "/films")
    settings.put(settings.HEADER_STATE, QByteArray(b"\x00\x01abc"))
    settings.put(settings.RECENT_FILES, ["/a.srt"])  # one element: INI reads it back as a string
    assert settings.get(settings.LAST_DIR) == "/films"
    assert settings.get(settings.HEADER_STATE) == QByteArray(b"\x00\x01abc")
    assert settings.get(settings.RECENT_FILES) == ["/a.srt"]


def test_corrupt_values_fall_back_to_defaults(isolated_settings):
    store = QSettings()
    store.setValue(settings.RECENT_FILES, 42)
    store.setValue(settings.WINDOW_GEOMETRY, "not bytes")
    store.setValue(settings.RECENT_MAX, "many")
    store.setValue(settings.LAST_DIR, ["a", "b"])
    store.sync()
    assert settings.get(settings.RECENT_FILES) == []
    assert settings.get(settings.WINDOW_GEOMETRY) == QByteArray()
    assert settings.get(settings.RECENT_MAX) == 10
    assert settings.get(settings.LAST_DIR) == ""


def test_hand_edited_ini_is_tolerated(isolated_settings):
    QSettings().sync()
    ini = next(isolated_settings.rglob("*.ini"), None)
    if ini is None:
        ini = isolated_settings / "DubbingStudioTests" / "gui-tests.ini"
        ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[files]\nrecent=@Variant(garbage\nrecent_max=abc\n[window]\ngeometry=12\n")
    assert settings.get(settings.RECENT_FILES) in ([], ["@Variant(garbage"])
    assert settings.get(settings.RECENT_MAX) == 10
    assert settings.get(settings.WINDOW_GEOMETRY) == QByteArray()


def test_recent_files_most_recent_first_unique_and_capped():
    for i in range(12):
        settings.add_recent_file(f"/f{i}.srt")
    settings.add_recent_file("/f5.srt")
    files = settings.recent_files()
    assert len(files) == 10
    assert files[0] == "/f5.srt"
    assert files.count("/f5.srt") == 1
    assert files[1] == "/f11.srt"
    settings.remove_recent_file("/f5.srt")
    assert "/f5.srt" not in settings.recent_files()


def test_unknown_key_fails_loudly():
    with pytest.raises(KeyError):
        settings.put("no/such/key", 1)


def _settings_file() -> Path:
    store = QSettings()
    store.sync()
    path = Path(store.fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _garbage(kind: str, good: bytes) -> bytes:
    if kind == "binary":
        return random.Random(8).randbytes(5000)
    if kind == "nul":
        return b"\x00" * 512
    if kind == "utf16":
        return "\ufeff[job]\nprovider=elevenlabs\n".encode("utf-16")
    if kind == "wrong types":
        return ("[job]\nprovider=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x11junk)\nconcurrency=@Invalid()\n"
                "[window]\ngeometry=@Rect(1 2 3 4)\nstate=@ByteArray(\n[ui]\nlanguage=xx\nwelcome_done=2\n"
                "[timeline]\nmax_speed=9\nborrow_ms=-5\n[files]\nrecent=@Size(1 2)\n").encode()
    assert kind == "truncated"
    return good[: len(good) // 2]


@pytest.mark.parametrize("kind", ["binary", "nul", "utf16", "wrong types", "truncated"])
def test_corrupt_settings_file_still_opens_the_window(qtbot, kind):
    """A damaged settings file never stops the app: values read as their defaults (or, for a file cut
    short, as what survived), the window opens, and closing it writes a good file again."""
    from studio.gui.shell.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    settings.put(settings.LAST_DIR, "/films")
    first.close()
    path = _settings_file()
    path.write_bytes(_garbage(kind, path.read_bytes()))

    for key, setting in settings.DEFAULTS.items():
        value = settings.get(key)
        assert type(value) is type(setting.default), (key, value)
        if kind != "truncated":
            assert value == setting.default, (key, value)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible() and window.job.provider in ("offline", "elevenlabs", "narakeet")
    window.resize(720, 500)  # the offscreen screen is 800x600
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.size().width() == 720
