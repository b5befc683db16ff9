"""The picker's offline tab and the welcome's natural French voice: real installs from a loopback host,
a real Piper voice speaking the preview."""

from __future__ import annotations

import json
import os
import wave
from pathlib import Path

import pytest

from studio.gui.kit import settings, tasks
from studio.gui.onboarding.welcome import WelcomeDialog
from studio.gui.shell.main_window import MainWindow
from studio.gui.voices.voice_list_model import LABELS
from studio.gui.voices.voice_picker import VoicePickerDialog
from studio.providers.offline import OfflineProvider
from studio.providers.voice_catalogue import CATALOGUE_ENV
from studio.providers.voice_packs import VoiceStore
from tests.neural_fixtures import (JOE_ID, JOE_KEY, joe_files, joe_store, served_catalogue,  # noqa: F401
                                   voice_host, write_catalogue)

SHOTS = Path(os.environ.get("VOICE_SHOTS", "/tmp/voice_shots"))


def open_picker(qtbot, provider, tmp_path) -> VoicePickerDialog:
    dialog = VoicePickerDialog(provider, preview_cache_dir=tmp_path / "previews")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: tasks.pending_count() == 0 and dialog.mine_model.rowCount() > 0, timeout=10000)
    return dialog


def pick(dialog, voice_id: str) -> None:
    row = dialog.mine_model.row_of(voice_id)
    assert row >= 0, voice_id
    dialog.views["plain"].selectRow(row)


def labels(dialog, voice_id: str) -> str:
    return dialog.mine_model.index(dialog.mine_model.row_of(voice_id), LABELS).data()


def test_the_offline_tab_shows_engine_size_licence_and_previews_a_natural_voice(qtbot, tmp_path, joe_store):
    dialog = open_picker(qtbot, OfflineProvider(store=joe_store), tmp_path)
    assert labels(dialog, JOE_ID) == "natural (Piper) · male · 63 MB · CC0-1.0 · installed"
    assert labels(dialog, "piper:fr_FR-siwis-medium") == "natural (Piper) · female · 63 MB · CC-BY-4.0 · not installed"
    assert labels(dialog, "roa/fr").startswith("robotic (espeak-ng)")
    panel = dialog.offline_panel
    pick(dialog, "piper:fr_FR-siwis-medium")
    assert panel.install_button.isEnabled() and not panel.remove_button.isEnabled()
    assert not dialog.use_all_button.isEnabled()
    assert dialog.preview_button.isEnabled()  # its published sample, before installing
    pick(dialog, JOE_ID)
    assert dialog.use_all_button.isEnabled() and panel.remove_button.isEnabled()
    assert not panel.install_button.isEnabled() and dialog.preview_button.isEnabled()
    with qtbot.waitSignal(dialog.preview.ready, timeout=30000) as ready:
        dialog.preview_button.click()
    assert ready.args[0] == JOE_ID
    with wave.open(ready.args[1]) as sample:
        assert sample.getframerate() == 22050 and sample.getnframes() > 22050  # more than a second of speech
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "offline-voices.png"))


def test_a_french_picker_names_the_offline_voices_and_languages_in_french(qtbot, tmp_path, joe_store, translator):
    from PySide6.QtCore import Qt

    from studio.gui.voices.voice_list_model import LANGUAGE, NAME

    translator("fr")
    dialog = open_picker(qtbot, OfflineProvider(store=joe_store), tmp_path)
    dialog.resize(980, 560)
    model = dialog.mine_model

    def cell(voice_id: str, column: int, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        return model.index(model.row_of(voice_id), column).data(role)

    assert cell("roa/fr", NAME) == "Français (France)" and cell("gmw/en-US", NAME) == "Anglais (États-Unis)"
    assert cell("gmw/en-GB-x-rp", NAME) == "Anglais (prononciation standard britannique)"
    assert cell("piper:fr_FR-siwis-medium", NAME) == "Siwis"  # a natural voice keeps its name
    assert cell("piper:fr_FR-siwis-medium", LANGUAGE, Qt.ItemDataRole.ToolTipRole) == "Français (France)"
    assert labels(dialog, "roa/fr").startswith("robotique (espeak-ng)")
    espeak = [model.voice_at(r).name for r in range(model.rowCount()) if model.voice_at(r).id.count("/")]
    assert espeak.index("Anglais (Écosse)") < espeak.index("Anglais (Lancastre)") < espeak.index("Espéranto")
    combo = dialog.plain_language_combo
    entries = [combo.itemText(i) for i in range(combo.count())]
    assert "fr – Français (toutes variantes)" in entries and "    fr-be – Français (Belgique)" in entries
    assert "de – Allemand" in entries and "    ca-ba – Catalan (baléare)" in entries  # espeak-ng's own codes
    assert "    en-gb-scotland – Anglais (Écosse)" in entries
    assert cell("roa/ca-ba", LANGUAGE, Qt.ItemDataRole.ToolTipRole) is None
    dialog.plain_tab.search.setText("français")  # the names the user reads are the ones searched
    qtbot.waitUntil(lambda: model.rowCount() > 0 and all("Français" in model.voice_at(r).name or
                                                         "fr" in model.voice_at(r).id for r in range(model.rowCount())))
    dialog.plain_tab.search.setText("")
    pick(dialog, "roa/fr")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "offline-voices-fr.png"))


def test_install_from_the_picker_downloads_with_progress_then_lists_it_installed(qtbot, tmp_path, voice_host,
                                                                                 served_catalogue):
    store = VoiceStore(tmp_path / "voices")
    dialog = open_picker(qtbot, OfflineProvider(store=store), tmp_path)
    pick(dialog, JOE_ID)
    box = dialog.offline_panel.box
    seen = []
    box.bar.valueChanged.connect(seen.append)
    voice_host.pause_s = 0.001  # a few hundred progress steps, so the bar really moves
    with qtbot.waitSignal(box.installed, timeout=60000):
        dialog.offline_panel.install_button.click()
        assert box.cancel_button.isVisible() and not dialog.offline_panel.file_button.isEnabled()
    assert seen[-1] == 100 and len(set(seen)) > 10
    assert "Installed Joe (63 MB, checksum verified)." == box.status.text()
    qtbot.waitUntil(lambda: labels(dialog, JOE_ID).endswith(" installed") and "not" not in labels(dialog, JOE_ID),
                    timeout=30000)  # the list is loaded again off the GUI thread
    assert store.get(JOE_ID) is not None and not box.bar.isVisible()


def test_a_voice_not_installed_previews_its_published_sample(qtbot, tmp_path, voice_host, served_catalogue):
    body = b"ID3" + bytes(2000)  # only downloaded and cached here (headless: nothing is played)
    voice_host.add("sample.mp3", body)
    catalogue = json.loads(served_catalogue.read_text(encoding="utf-8"))
    catalogue["voices"][0]["sample"] = f"{voice_host.url}/sample.mp3"
    served_catalogue.write_text(json.dumps(catalogue), encoding="utf-8")
    dialog = open_picker(qtbot, OfflineProvider(store=VoiceStore(tmp_path / "voices")), tmp_path)
    pick(dialog, JOE_ID)
    with qtbot.waitSignal(dialog.preview.ready, timeout=20000) as ready:
        dialog.preview_button.click()
    assert Path(ready.args[1]).read_bytes() == body
    assert [path for path, _range in voice_host.requests] == ["/sample.mp3"]  # the sample, not the model


def test_cancel_in_the_picker_installs_nothing(qtbot, tmp_path, voice_host, served_catalogue):
    store = VoiceStore(tmp_path / "voices")
    dialog = open_picker(qtbot, OfflineProvider(store=store), tmp_path)
    pick(dialog, JOE_ID)
    box = dialog.offline_panel.box
    voice_host.pause_s = 0.01
    dialog.offline_panel.install_button.click()
    qtbot.waitUntil(lambda: box.bar.value() > 0, timeout=20000)
    with qtbot.waitSignal(box.failed, timeout=20000) as failed:
        box.cancel_button.click()
    assert failed.args[0] == "Download cancelled: nothing was installed."
    assert store.installed() == [] and not any(store.staging.iterdir())


@pytest.fixture
def french_host(voice_host, tmp_path, monkeypatch):
    """The catalogue's French voice is joe's model under a French name (served on loopback)."""
    model, config = joe_files()
    voice_host.add("fr_FR-test-medium.onnx", model)
    data = json.loads(config.read_text(encoding="utf-8"))
    data["language"]["code"] = "fr_FR"
    voice_host.add("fr_FR-test-medium.onnx.json", json.dumps(data).encode())
    path = write_catalogue(tmp_path / "catalogue.json", voice_host)
    catalogue = json.loads(path.read_text(encoding="utf-8"))
    catalogue["voices"].insert(0, {**catalogue["voices"][0], "key": "fr_FR-test-medium", "name": "Test",
                                   "language": "fr-FR", "url": f"{voice_host.url}/fr_FR-test-medium.onnx"})
    path.write_text(json.dumps(catalogue), encoding="utf-8")
    monkeypatch.setenv(CATALOGUE_ENV, str(path))
    return voice_host


def test_the_welcome_offers_a_natural_french_voice_and_the_sample_then_uses_it(qtbot, backend, french_host):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    welcome = WelcomeDialog(window)
    qtbot.addWidget(welcome)
    welcome.show()
    button = welcome.offer.button
    qtbot.waitUntil(button.isVisible, timeout=10000)  # the catalogue's host (loopback here) answered
    assert button.text() == "&Download a natural French voice (about 63 MB)"
    with qtbot.waitSignal(welcome.offer.box.installed, timeout=60000):
        button.click()
    assert not button.isEnabled() and "The sample will render with it." in welcome.offer.box.status.text()
    assert settings.get(settings.VOICE["offline"]) == "piper:fr_FR-test-medium"
    assert window.job.render_settings().voice == "piper:fr_FR-test-medium"
    welcome.grab().save(str(SHOTS / "welcome-natural-voice.png"))
    welcome.reject()
    window.undo_stack.setClean()
    # The window's own background work (account, costs) ends here, not in a later test's window.
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=10000)


def test_a_voice_download_on_a_full_disk_says_so_in_french(qtbot, tmp_path, voice_host, served_catalogue,
                                                           monkeypatch, translator):
    from tests.providers.test_voice_download import fill_disk_after

    translator("fr")
    store = VoiceStore(tmp_path / "voices")
    dialog = open_picker(qtbot, OfflineProvider(store=store), tmp_path)
    pick(dialog, JOE_ID)
    box = dialog.offline_panel.box
    fill_disk_after(monkeypatch, ".onnx.part", 1_000_000)
    with qtbot.waitSignal(box.failed, timeout=60000) as failed:
        dialog.offline_panel.install_button.click()
    nbsp = "\u00a0"
    said = f"Le disque qui contient {store.staging} est plein{nbsp}: libérez 63{nbsp}Mo et installez de nouveau."
    assert failed.args == [said] and box.status.text() == said
    assert store.installed() == []
