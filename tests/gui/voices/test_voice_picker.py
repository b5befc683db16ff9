"""The voice picker against the ElevenLabs emulator on loopback: groups and badges, the confirmed add,
full slots and the confirmed removal, the free plan, previews from a cached sample, Narakeet/offline.

Across every test the emulator's record of silent adds (`auto_added`) stays empty and no speech
request is made: the picker only lists, previews, and adds or removes after a confirmation.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from studio.gui.kit import tasks
from studio.gui.voices.voice_list_model import BADGE, BADGE_KIND_ROLE
from studio.gui.voices.voice_picker import SCOPE_ALL, SCOPE_SELECTED, VoicePickerDialog
from studio.providers.elevenlabs import ElevenLabsProvider
from tests.emulators import elevenlabs_state
from tests.emulators.audio import speech_audio
from tests.emulators.checked import checked_elevenlabs
from tests.emulators.elevenlabs import ElevenLabsEmulator
from tests.emulators.elevenlabs_state import LIBRARY, EmuVoice

SHOTS = Path(os.environ.get("VOICE_SHOTS", "/tmp/voice_shots"))
AMELIE = "LibFrAmelie000000001"
ALREADY = "LibEnAlready00000003"
RACHEL = "21m00Tcm4TlvDq8ikWAM"


class _Samples(BaseHTTPRequestHandler):
    """Public storage for preview samples: counts its hits, and refuses any request carrying a key."""

    hits: list[str] = []
    keyed: list[str] = []

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self.hits.append(self.path)
        if self.headers.get("xi-api-key"):
            self.keyed.append(self.path)
        body = speech_audio("Bonjour, je suis une voix de la bibliothèque.", "mp3")
        self.send_response(200)
        self.send_header("Content-Type", "audio/mpeg")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def samples(monkeypatch) -> Iterator[type[_Samples]]:
    """A loopback sample server; the emulator's library listing points its preview_url there."""
    handler = type("Samples", (_Samples,), {"hits": [], "keyed": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/voices/sample.mp3"
    example = elevenlabs_state.SCHEMA_EXAMPLES["GetLibraryVoicesResponseModel"]["voices"][0]
    monkeypatch.setitem(example, "preview_url", url)  # as_json deep-copies the example per answer
    yield handler
    server.shutdown()
    server.server_close()


@pytest.fixture
def emu() -> Iterator[ElevenLabsEmulator]:
    with checked_elevenlabs(silent=True) as emulator:
        yield emulator


@pytest.fixture
def provider(emu) -> Iterator[ElevenLabsProvider]:
    provider = ElevenLabsProvider(emu.account.key, base_url=emu.url, timeout=(2.0, 5.0))
    yield provider
    provider.close()


def open_picker(qtbot, provider, tmp_path: Path, **kwargs) -> VoicePickerDialog:
    dialog = VoicePickerDialog(provider, project_voice_ids=kwargs.pop("project_voice_ids", set()),
                               preview_cache_dir=tmp_path / "previews", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    return dialog


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks.pending_count() == 0, timeout=30000)


def badges(model) -> dict[str, tuple[str, str]]:
    return {model.voice_at(r).name: (model.index(r, BADGE).data(), model.index(r, BADGE).data(BADGE_KIND_ROLE))
            for r in range(model.rowCount())}


def select(dialog: VoicePickerDialog, tab: int, voice_id: str) -> None:
    dialog.tabs.setCurrentIndex(tab)
    view = dialog.current_view()
    row = view.model().row_of(voice_id)
    assert row >= 0, voice_id
    view.selectRow(row)


def shoot(widget, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # pending layout requests first, or wrapped labels look cut
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer every QMessageBox.question with `button`; returns the texts asked."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


# -- groups and badges ---------------------------------------------------------------------------
def test_three_groups_with_badges_and_meter(qtbot, provider, tmp_path) -> None:
    dialog = open_picker(qtbot, provider, tmp_path)
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["My Voices", "Default voices", "Voice Library"]
    assert dialog.meter.text() == "Voice slots: 2 / 30"
    assert dialog.meter.isVisible()
    assert badges(dialog.mine_model) == {"Already Added": ("in your voices", "mine"),
                                         "My narrator": ("in your voices", "mine")}
    assert "library copy" in dialog.mine_model.index(0, 1).data()
    assert badges(dialog.default_model) == {"Adam": ("default – no slot", "default"),
                                            "Rachel": ("default – no slot", "default")}
    library = badges(dialog.library_model)
    assert library["Amélie"] == ("takes 1 slot", "slot")  # the counts are in the meter and the tooltip
    amelie = dialog.library_model.index(dialog.library_model.row_of(AMELIE), BADGE)
    assert "Voice slots: 2 of 30 used." in amelie.data(Qt.ItemDataRole.ToolTipRole)
    assert library["Already Added"] == ("in your voices", "mine")  # is_added_by_user
    shoot(dialog, "1_my_voices")
    dialog.tabs.setCurrentIndex(2)
    shoot(dialog, "2_library_badges")


def test_library_filters_and_paging(qtbot, emu, provider, tmp_path) -> None:
    for i in range(35):  # more than one page (30 per page)
        lib = elevenlabs_state.LibraryVoice(f"LibFrExtra{i:010d}", f"Extra {i:02d}", f"owner-x-{i}", language="fr")
        emu.library[lib.voice_id] = lib
    dialog = open_picker(qtbot, provider, tmp_path)
    assert dialog.library_model.rowCount() == 30 and dialog.more_button.isEnabled()
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.library_model.rowCount() == 39 and not dialog.more_button.isEnabled()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("male"))
    dialog.search_library()
    settle(qtbot)
    assert [v.name for v in dialog.library_model.voices()] == ["Bastien Premium"]
    sent = dict(emu.calls("/v1/shared-voices")[-1].query)
    assert sent["language"] == "fr" and sent["gender"] == "male" and sent["page"] == "0"
    dialog.gender_combo.setCurrentIndex(0)
    dialog.search_edit.setText("amél")
    dialog.search_library()
    settle(qtbot)
    assert [v.id for v in dialog.library_model.voices()] == [AMELIE]


# -- adding --------------------------------------------------------------------------------------
def test_add_needs_confirmation_then_updates_slots(qtbot, monkeypatch, emu, provider, tmp_path) -> None:
    dialog = open_picker(qtbot, provider, tmp_path)
    select(dialog, 2, AMELIE)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "Add “Amélie” to My Voices?" in asked[0] and "3 of 30 will be used" in asked[0]
    assert AMELIE not in emu.account.voices and emu.calls("/v1/voices/add") == []

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.voice_added, timeout=30000) as added:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert added.args[0].id == AMELIE and added.args[0].in_my_voices
    assert emu.account.voices[AMELIE].copied_from is not None
    assert len(emu.calls("/v1/voices/add")) == 1
    assert dialog.meter.text() == "Voice slots: 3 / 30"
    assert badges(dialog.library_model)["Amélie"] == ("in your voices", "mine")
    assert dialog.mine_model.row_of(AMELIE) >= 0
    assert not dialog.add_button.isEnabled()


def test_use_on_a_library_voice_adds_it_first_with_consent(qtbot, monkeypatch, emu, provider, tmp_path) -> None:
    dialog = open_picker(qtbot, provider, tmp_path)
    select(dialog, 2, AMELIE)
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.use_all_button.click()
    settle(qtbot)
    assert dialog.isVisible() and AMELIE not in emu.account.voices  # refused: nothing chosen or added
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.voice_chosen, timeout=30000) as chosen:
        dialog.use_selected_button.click()
    assert chosen.args[0].id == AMELIE and chosen.args[1] == SCOPE_SELECTED
    assert dialog.selected_voice().id == AMELIE and AMELIE in emu.account.voices


def test_choosing_a_default_voice_needs_nothing(qtbot, monkeypatch, emu, provider, tmp_path) -> None:
    dialog = open_picker(qtbot, provider, tmp_path)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    select(dialog, 1, RACHEL)
    with qtbot.waitSignal(dialog.voice_chosen) as chosen:
        dialog.use_all_button.click()
    assert chosen.args[0].id == RACHEL and chosen.args[1] == SCOPE_ALL and asked == []
    assert emu.calls("/v1/voices/add") == []


# -- full slots ----------------------------------------------------------------------------------
def test_full_slots_say_so_and_offer_a_confirmed_removal(qtbot, monkeypatch, emu, provider, tmp_path) -> None:
    emu.account.voice_limit = 3
    second = LIBRARY[0]
    emu.account.voices[second.voice_id] = EmuVoice(second.voice_id, second.name, copied_from=second)
    dialog = open_picker(qtbot, provider, tmp_path, project_voice_ids={ALREADY})
    assert dialog.meter.text() == "Voice slots: 3 / 3" and dialog.meter.full
    assert dialog.notice.isVisible() and "All your voice slots are used (3 of 3)" in dialog.notice.text()
    assert badges(dialog.library_model)["Amélie"][0] == "takes 1 slot – none free"
    select(dialog, 2, AMELIE)
    shoot(dialog, "3a_picker_slots_full")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert asked == [] and emu.calls("/v1/voices/add") == []  # no add attempted on full slots
    slots = dialog.slots_dialog
    assert slots is not None and slots.isVisible()
    assert "All your voice slots are used (3 of 3)." in slots.message.text()
    assert "To add “Amélie”" in slots.message.text()
    listed = {slots.table.item(r, 0).text(): slots.table.item(r, 2).text() for r in range(slots.table.rowCount())}
    assert listed == {"Already Added": "used", "Alita": "not used"}
    shoot(slots, "3_slots_full")

    slots.table.selectRow(0)  # "Alita" sorts first
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    slots.remove_button.click()
    assert "does not use it" in asked[0] and second.voice_id in emu.account.voices
    assert [c for c in emu.requests if c.method == "delete"] == []

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.voice_removed, timeout=30000) as removed:
        slots.remove_button.click()
    settle(qtbot)
    assert removed.args == [second.voice_id] and second.voice_id not in emu.account.voices
    assert dialog.meter.text() == "Voice slots: 2 / 3" and slots.meter.text() == "Voice slots: 2 / 3"
    assert not dialog.notice.isVisible()  # a slot is free again
    assert AMELIE not in emu.account.voices  # freeing a slot never adds the voice on its own
    assert slots.table.rowCount() == 1


def test_removing_a_voice_the_project_uses_warns(qtbot, monkeypatch, emu, provider, tmp_path) -> None:
    dialog = open_picker(qtbot, provider, tmp_path, project_voice_ids={ALREADY})
    slots = dialog.show_slots_dialog(None)
    settle(qtbot)
    slots.table.selectRow(0)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    slots.remove_button.click()
    assert "This project uses it" in asked[0] and ALREADY in emu.account.voices


def test_slots_full_answer_from_the_server_opens_the_slots_dialog(qtbot, monkeypatch, emu, provider,
                                                                  tmp_path) -> None:
    dialog = open_picker(qtbot, provider, tmp_path)
    select(dialog, 2, AMELIE)
    emu.account.voice_limit = 2  # filled up elsewhere since the picker loaded its counters
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.slots_dialog is not None and dialog.slots_dialog.isVisible()
    assert "All your voice slots are used" in dialog.status.text()
    assert AMELIE not in emu.account.voices


# -- free plan -----------------------------------------------------------------------------------
def test_free_plan_says_library_voices_need_a_paid_plan(qtbot, monkeypatch, emu, tmp_path) -> None:
    emu.add_account("sk_free_account", tier="free", voice_limit=3)
    provider = ElevenLabsProvider("sk_free_account", base_url=emu.url)
    dialog = open_picker(qtbot, provider, tmp_path)
    assert dialog.notice.isVisible() and "free" in dialog.notice.text()
    assert "cannot be used through the API" in dialog.notice.text()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text, *a: warned.append(text)))
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    select(dialog, 2, AMELIE)
    dialog.add_button.click()
    assert asked == [] and "free plan" in warned[0] and emu.calls("/v1/voices/add") == []
    dialog.tabs.setCurrentIndex(2)
    shoot(dialog, "4_free_plan")
    provider.close()


def test_paid_plan_answer_gets_its_own_message(qtbot, monkeypatch, emu, provider, tmp_path) -> None:
    dialog = open_picker(qtbot, provider, tmp_path)
    select(dialog, 2, AMELIE)
    emu.inject("paid_plan_required", path="/v1/voices/add")
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.add_button.click()
    settle(qtbot)
    assert dialog.notice.isVisible() and "free plan" in dialog.notice.text()
    assert AMELIE not in emu.account.voices


# -- preview -------------------------------------------------------------------------------------
def test_preview_downloads_once_then_plays_from_the_cache(qtbot, emu, provider, samples, tmp_path) -> None:
    dialog = open_picker(qtbot, provider, tmp_path)
    select(dialog, 2, AMELIE)
    before = list(emu.requests)
    with qtbot.waitSignal(dialog.preview.ready, timeout=30000) as ready:
        dialog.preview_button.click()
    path = Path(ready.args[1])
    assert path.is_file() and path.read_bytes()[:3] in (b"ID3",) or path.read_bytes()[0] == 0xFF
    assert path.parent == tmp_path / "previews"
    assert len(samples.hits) == 1 and samples.keyed == []  # the sample server never sees the key
    dialog.preview.stop()
    dialog._previewing = ""
    with qtbot.waitSignal(dialog.preview.ready, timeout=30000):
        dialog.preview_button.click()
    assert len(samples.hits) == 1 and dialog.preview.downloads == 1  # second time: the cache
    dialog.preview.stop()
    assert emu.requests == before  # a preview is not an API call: no add, no credits
    assert AMELIE not in emu.account.voices


def test_failed_preview_says_so(qtbot, provider, tmp_path) -> None:
    dialog = open_picker(qtbot, provider, tmp_path)
    select(dialog, 0, "MyClone000000000001")  # the emulator's preview_url is example.invalid
    with qtbot.waitSignal(dialog.preview.failed, timeout=10000):
        dialog.preview_button.click()
    assert "could not be downloaded" in dialog.status.text()


# -- other providers -----------------------------------------------------------------------------
def test_narakeet_voices_with_language_filter(qtbot, tmp_path) -> None:
    from studio.providers.narakeet import NarakeetProvider
    from tests.emulators.narakeet import NarakeetEmulator

    with NarakeetEmulator({"nk_key": 600}) as nk:
        provider = NarakeetProvider("nk_key", base_url=nk.url)
        dialog = open_picker(qtbot, provider, tmp_path)
        assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Voices"]
        assert not dialog.meter.isVisible() and not dialog.add_button.isVisible()
        assert dialog.mine_model.rowCount() == 10
        combo = dialog.plain_language_combo
        combo.setCurrentIndex(combo.findData("fr-FR"))
        assert {v.id for v in dialog.mine_model.voices()} == {"alain", "brigitte"}
        assert combo.currentText().strip() == "fr-FR – French (Metropolitan)"
        combo.setCurrentIndex(combo.findData("fr"))
        assert {v.id for v in dialog.mine_model.voices()} == {"alain", "brigitte", "antoine", "ariane"}
        shoot(dialog, "6_narakeet")
        select(dialog, 0, "alain")
        with qtbot.waitSignal(dialog.voice_chosen) as chosen:
            dialog.use_all_button.click()
        assert chosen.args[0].id == "alain"
        assert nk.requests_to("/text-to-speech") == []
        provider.close()


def test_offline_voices_list(qtbot, tmp_path) -> None:
    from studio.providers.offline import OfflineProvider

    dialog = open_picker(qtbot, OfflineProvider(), tmp_path)
    assert dialog.mine_model.rowCount() > 20
    combo = dialog.plain_language_combo
    combo.setCurrentIndex(combo.findData("fr"))
    names = [v.name for v in dialog.mine_model.voices()]
    assert names and all(v.language.startswith("fr") for v in dialog.mine_model.voices())
    shoot(dialog, "7_offline")
    dialog.plain_search.setText("zzz-none")
    assert dialog.mine_model.rowCount() == 0
    assert not dialog.preview_button.isEnabled()
    assert "No voice matches" in dialog.status.text()


# -- issue 17: why no preview, the file's language, the voice in use ----------------------------
def test_preview_says_why_it_is_off(qtbot, provider, tmp_path) -> None:
    from studio.providers.narakeet import NarakeetProvider
    from studio.providers.offline import OfflineProvider
    from tests.emulators.narakeet import NarakeetEmulator

    dialog = open_picker(qtbot, OfflineProvider(), tmp_path)
    assert dialog.preview_note.text() == "" and "Select a voice" in dialog.preview_button.toolTip()
    select(dialog, 0, "roa/fr")  # an installed offline voice speaks its own preview: nothing to excuse
    assert dialog.preview_button.isEnabled() and dialog.preview_note.text() == ""
    with NarakeetEmulator({"nk_key": 600}) as nk:
        narakeet = NarakeetProvider("nk_key", base_url=nk.url)
        dialog = open_picker(qtbot, narakeet, tmp_path)
        select(dialog, 0, "alain")
        assert not dialog.preview_button.isEnabled()
        assert dialog.preview_note.text() == "No free preview: needs your account"
        assert "uses your balance" in dialog.preview_note.toolTip()
        narakeet.close()
    dialog = open_picker(qtbot, provider, tmp_path)
    select(dialog, 2, AMELIE)  # a sample to play: no excuse shown
    assert dialog.preview_button.isEnabled() and dialog.preview_note.text() == ""


def test_the_file_language_presets_the_filters(qtbot, emu, provider, tmp_path) -> None:
    from studio.providers.offline import OfflineProvider

    dialog = open_picker(qtbot, provider, tmp_path, file_language="fr")
    assert dialog.language_combo.currentData() == "fr" and "subtitles' language (fr)" in dialog.language_combo.toolTip()
    assert dict(emu.calls("/v1/shared-voices")[0].query)["language"] == "fr"  # the first search already
    assert {v.language for v in dialog.library_model.voices()} == {"fr"}
    assert dialog.default_model.rowCount() == 2  # default voices speak every language: never filtered

    offline = open_picker(qtbot, OfflineProvider(), tmp_path, file_language="fr")
    assert offline.plain_language_combo.currentData() == "fr"
    assert {v.language for v in offline.mine_model.voices()} == {"fr-fr", "fr-be", "fr-ch"}
    offline.plain_language_combo.setCurrentIndex(0)  # the user asks for every language: it stays so
    assert offline.mine_model.rowCount() > 20
    for unknown in (None, "xx"):
        dialog = open_picker(qtbot, OfflineProvider(), tmp_path, file_language=unknown)
        assert dialog.plain_language_combo.currentData() == "" and dialog.mine_model.rowCount() > 20


def test_the_voice_in_use_is_marked_and_highlighted(qtbot, provider, tmp_path) -> None:
    from PySide6.QtCore import Qt as _Qt

    dialog = open_picker(qtbot, provider, tmp_path, project_voice_ids={RACHEL}, current_voice_id=RACHEL)
    assert dialog.tabs.currentIndex() == 1 and dialog.selected_voice().id == RACHEL
    model = dialog.default_model
    rachel, adam = model.row_of(RACHEL), model.row_of("pNInz6obpgDQGcFmaJgB")
    assert model.index(rachel, 0).data(_Qt.ItemDataRole.FontRole).bold()
    assert model.index(adam, 0).data(_Qt.ItemDataRole.FontRole) is None
    assert model.index(rachel, 1).data().startswith("in use, ")
    assert not model.index(adam, 1).data().startswith("in use")
    assert "Used in this file" in model.index(rachel, 0).data(_Qt.ItemDataRole.ToolTipRole)
    shoot(dialog, "8_in_use")
    gone = open_picker(qtbot, provider, tmp_path, current_voice_id="NoSuchVoice000000000")
    assert gone.tabs.currentIndex() == 0 and gone.selected_voice() is None


def test_the_window_guesses_the_language_and_hands_it_to_the_picker(qtbot, monkeypatch, french_srt) -> None:
    from studio.gui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "maybe_keep_changes", lambda: True)
    with qtbot.waitSignal(window.loaded, timeout=10000):
        window.open_file(french_srt)
    settle(qtbot)
    assert window.voice_actions.file_language == "fr"
    dialog = window.voice_actions.choose_voice()
    settle(qtbot)
    assert dialog.file_language == "fr" and dialog.plain_language_combo.currentData() == "fr"
    current = window.voice_actions.current_voice()
    assert current and dialog.selected_voice().id == current  # the project's voice, highlighted
    dialog.close()
