"""The welcome: choose how voices are made (an account's key, or the offline voice), open the sample,
and a four-step tour of the window.

Shown by `app.main()` until the user has made that first choice once, and from Help ▸ Welcome….
The key field is the Accounts dialog's own `ProviderBox`: the same checks, the same keychain, the same
sentence about where the key is kept (and what happens when no keychain is available).
Everything works from the keyboard: mnemonics on every choice, Enter goes on, Esc closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio import APP_NAME, paths, secrets
from studio.gui.accounts.accounts_dialog import ProviderBox
from studio.gui.kit import settings
from studio.gui.onboarding.tour import TourStep, highlight, tour_steps
from studio.gui.onboarding.natural_offer import NaturalVoiceOffer
from studio.providers.voice_catalogue import CatalogueError, CatalogueEntry, suggested_french

if TYPE_CHECKING:
    from studio.gui.shell.workspace import Workspace

PROVIDER_PAGE, SAMPLE_PAGE, FIRST_TOUR_PAGE = 0, 1, 2


def _label(text: str, *, heading: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if heading:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        label.setFont(font)
    return label


class WelcomeDialog(QDialog):
    # The provider the user went on with ("offline", "elevenlabs", "narakeet").
    provider_chosen = Signal(str)

    def __init__(self, window: Workspace, *, store: secrets.KeyStore | None = None,
                 reach: str | None = None) -> None:
        """reach: the address whose host tells whether the network allows a download (default: the
        offered voice's own; tests give a loopback one)."""
        super().__init__(window)
        self.window_ = window
        self.store = store or secrets.default_store()
        self._reach = reach
        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.boxes: dict[str, ProviderBox] = {}  # made when first chosen: each asks the keychain
        self._warned: set[str] = set()  # providers whose "session only" notice the user has seen
        self.steps: list[TourStep] = tour_steps(window)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._provider_page())
        self.pages.addWidget(self._sample_page())
        for number, step in enumerate(self.steps):
            self.pages.addWidget(self._tour_page(number, step))

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.back)
        # No mnemonic: Enter is Next, and Alt+N belongs to Narakeet.
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.back_button, self.close_button):
            button.setAutoDefault(False)  # Enter always means Next
        self.page_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.page_label)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(600, 420)
        self._select(settings.get(settings.PROVIDER))
        self._show_page(PROVIDER_PAGE)

    # --- pages -------------------------------------------------------------------------------

    def _provider_page(self) -> QWidget:
        page = QWidget()
        intro = _label(self.tr("Dubbing Studio turns a subtitle file into a voice track. First, how should "
                               "the voices be made?"))
        self.choices = QButtonGroup(self)
        self.radios = {
            "offline": QRadioButton(self.tr("&Offline voice: no account, no credits, works without a "
                                            "network")),
            "elevenlabs": QRadioButton(self.tr("&ElevenLabs: natural voices, paid in credits (API key)")),
            "narakeet": QRadioButton(self.tr("&Narakeet: many languages, paid in seconds of audio "
                                             "(API key)")),
        }
        for radio in self.radios.values():
            self.choices.addButton(radio)
            radio.toggled.connect(lambda on, r=radio: on and self._on_choice(r))
        keychain = _label(self.tr("An API key is kept in your system keychain, never in a settings or "
                                  "project file. You can change it later in Tools ▸ Accounts."))
        keychain.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text, theme-aware
        self.detail = QStackedWidget()
        offline = _label(self.tr("The built-in voice (espeak-ng) sounds robotic but costs nothing: good for "
                                 "checking timing before spending credits. You can add an account at any "
                                 "time in Tools ▸ Accounts."))
        offline.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.addWidget(self._offline_detail(offline))
        self.notice = _label("")
        self.notice.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(_label(self.tr("Welcome"), heading=True))
        layout.addWidget(intro)
        for radio in self.radios.values():
            layout.addWidget(radio)
        layout.addSpacing(6)
        layout.addWidget(self.detail, 1)  # room for the offer's wrapped sentence, whatever it says
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addWidget(keychain)
        self.keychain_label = keychain
        return page

    def _offline_detail(self, text: QLabel) -> QWidget:
        """The robotic voice's sentence, and the offer of a natural French voice (when the network allows)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text)
        self.offer = NaturalVoiceOffer(suggested_french_voice(), self._reach, page)
        self.offer.installed.connect(self._on_natural_installed)
        layout.addWidget(self.offer)
        layout.addStretch(1)
        return page

    def _on_natural_installed(self, voice) -> None:  # noqa: ANN001 - InstalledVoice
        settings.put(settings.VOICE["offline"], voice.voice_id)
        if self.window_.job.provider == "offline":
            self.window_.job.set_voice(voice.voice_id)
        status = self.offer.box.status
        status.setText(status.text() + " " + self.tr("The sample will render with it."))

    def _sample_page(self) -> QWidget:
        page = QWidget()
        self.sample_button = QPushButton(self.tr("Open the &Sample"))
        self.sample_button.setToolTip(str(paths.sample_srt()))
        self.sample_button.clicked.connect(self.open_sample)
        self.sample_button.setEnabled(paths.sample_srt().is_file())
        self.own_button = QPushButton(self.tr("Open &Your Own File…"))
        self.own_button.clicked.connect(self.open_own)
        for button in (self.sample_button, self.own_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.sample_button)
        row.addWidget(self.own_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(_label(self.tr("Try it"), heading=True))
        layout.addWidget(_label(self.tr("The sample is a short French scene: enough to see the costs, "
                                        "choose a voice, render and listen. With the offline voice it costs "
                                        "nothing.")))
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(_label(self.tr("Next: a tour of the four steps, from subtitles to a dubbed track.")))
        layout.addStretch(1)
        return page

    def _tour_page(self, number: int, step: TourStep) -> QWidget:
        page = QWidget()
        show = QPushButton(self.tr("Show &Me"))
        show.setAutoDefault(False)
        show.setToolTip(self.tr("Point at it in the window"))
        show.clicked.connect(lambda: self.point_at(number))
        row = QHBoxLayout()
        row.addWidget(show)
        row.addStretch(1)
        names = [self.tr("Load"), self.tr("Voices"), self.tr("Render"), self.tr("Export")]
        trail = " → ".join(f"<b>{name}</b>" if index == number else name
                           for index, name in enumerate(names))
        breadcrumb = QLabel(trail)
        breadcrumb.setTextFormat(Qt.TextFormat.RichText)
        breadcrumb.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(page)
        layout.addWidget(breadcrumb)
        layout.addWidget(_label(step.title, heading=True))
        text = _label(step.text)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # --- navigation --------------------------------------------------------------------------

    def next(self) -> None:
        index = self.pages.currentIndex()
        if index == PROVIDER_PAGE and not self.accept_provider():
            return
        if index == self.pages.count() - 1:
            self.accept()
            return
        self._show_page(index + 1)

    def back(self) -> None:
        self._show_page(max(0, self.pages.currentIndex() - 1))

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        last = index == self.pages.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        tour = index - FIRST_TOUR_PAGE
        self.page_label.setText(self.tr("Step %1 of %2").replace("%1", str(tour + 1)).replace(
            "%2", str(len(self.steps))) if tour >= 0 else "")
        if tour >= 0:
            self.point_at(tour)
        focus = {PROVIDER_PAGE: self.choices.checkedButton(), SAMPLE_PAGE: self.sample_button}.get(index)
        (focus if focus is not None and focus.isEnabled() else self.next_button).setFocus()

    def point_at(self, number: int) -> bool:
        """Ring the control of tour step number in the window for a moment; False if it is hidden."""
        return highlight(self.window_, self.steps[number]) is not None

    # --- the provider ------------------------------------------------------------------------

    def chosen_provider(self) -> str:
        for name, radio in self.radios.items():
            if radio.isChecked():
                return name
        return "offline"

    def _select(self, provider: str) -> None:
        self.radios.get(provider, self.radios["offline"]).setChecked(True)

    def _on_choice(self, radio: QRadioButton) -> None:
        provider = next(name for name, r in self.radios.items() if r is radio)
        self.notice.hide()
        if provider == "offline":
            self.detail.setCurrentIndex(0)
            return
        box = self.boxes.get(provider)
        if box is None:
            base_url = settings.get(settings.BASE_URL[provider]) or None
            box = ProviderBox(provider, self.store, base_url, self)
            self.boxes[provider] = box
            self.detail.addWidget(box)
        self.detail.setCurrentWidget(box)

    def accept_provider(self) -> bool:
        """Store a typed key, then make the choice the app's provider; False to stay on the page."""
        provider = self.chosen_provider()
        box = self.boxes.get(provider)
        if box is not None:
            if box.key_edit.text().strip():
                box.save()  # ProviderBox says where the key went, or why it was refused
                if box.key_edit.text().strip():
                    return False  # refused (spaces inside): the box says why
            if self.store.in_session(provider) and provider not in self._warned:
                # No keychain took it: make sure the user read that before going on.
                self._warned.add(provider)
                self.notice.setText(self.tr("The key works until you quit, but it could not be stored "
                                            "(see above). Press Next to go on with it for now."))
                self.notice.show()
                return False
        settings.put(settings.PROVIDER, provider)
        settings.put(settings.WELCOME_DONE, True)
        self._apply_to_window(provider)
        self.provider_chosen.emit(provider)
        return True

    def _apply_to_window(self, provider: str) -> None:
        job = self.window_.job
        index = job.provider_combo.findData(provider)
        if index >= 0 and index != job.provider_combo.currentIndex():
            job.provider_combo.setCurrentIndex(index)  # opens the account, recosts the table
        else:
            job.session.activate(provider)  # same provider, maybe a new key

    # --- files -------------------------------------------------------------------------------

    def open_sample(self) -> None:
        self.window_.open_file(paths.sample_srt())
        self.next_button.setFocus()

    def open_own(self) -> None:
        self.window_.open_dialog()
        self.next_button.setFocus()

    def done(self, result: int) -> None:
        for box in self.boxes.values():
            box.discard_task()
        self.offer.discard()  # a download or a network check still running must not reach a closed dialog
        ring = self.window_.findChild(QWidget, "tourHighlight")
        if ring is not None:
            ring.hide()
        super().done(result)


def suggested_french_voice() -> CatalogueEntry | None:
    try:
        return suggested_french()
    except CatalogueError:
        return None  # no catalogue: the robotic voice alone, as before


def show_welcome(window: Workspace) -> WelcomeDialog:
    """Open the welcome over window (window-modal, without blocking)."""
    dialog = WelcomeDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
