"""The account the window works with: its provider, key, tariff and balance, fetched off the GUI thread.

Everything that can block (the keychain, `GET /v1/models`, the balance) runs through the one background
helper on a network pool; the window only reacts to signals. With no key or no network the session
says so and the rest of the app keeps working (costs fall back to the built-in tariff).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal

from studio import secrets
from studio.core.cost import Tariff
from studio.gui.kit import settings
from studio.gui.kit.provider_text import error_text
from studio.gui.kit.tasks import Task, run_in_background
from studio.providers import ProviderUnavailable, create_provider, needs_key
from studio.providers.base import Balance, Provider, ProviderError, Voice

log = logging.getLogger(__name__)


class NoKey(Exception):
    """The provider needs a key and none is set (environment or keychain)."""


@dataclass(frozen=True)
class Opened:
    provider: Provider
    tariff: Tariff


def base_url_for(name: str) -> str | None:
    """The API root the user chose (a data-residency host), or None for the provider's default."""
    if name not in settings.BASE_URL:
        return None
    return settings.get(settings.BASE_URL[name]) or None


def open_account(name: str, base_url: str | None, voices: Sequence[Voice] = ()) -> Opened:
    """Create the provider with its key and read its tariff (runs on a worker thread)."""
    key = None
    if needs_key(name):
        key, _source = secrets.resolve_key(name)
        if key is None:
            raise NoKey(name)
        provider = create_provider(name, api_key=key, base_url=base_url)
    else:
        provider = create_provider(name)
    return Opened(provider, provider.tariff(voices))


class AccountSession(QObject):
    """One provider at a time; emits what the balance panel, the totals and the guards need."""

    loading = Signal(str)                 # provider name
    ready = Signal(object)                # Provider (its tariff is in `tariff`)
    tariff_changed = Signal(object)       # Tariff
    balance_changed = Signal(object)      # Balance
    balance_failed = Signal(str, str)     # provider name, one-sentence message
    no_key = Signal(str)                  # provider name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)  # network: a few requests at once, never the global pool
        self.name = "offline"
        self.provider: Provider | None = None
        self.tariff: Tariff = Tariff("offline")
        self.balance: Balance | None = None
        self.voices: list[Voice] = []
        self._open_task: Task | None = None
        self._balance_task: Task | None = None
        self._tariff_task: Task | None = None

    # --- provider -------------------------------------------------------------------------------

    def activate(self, name: str) -> None:
        """Switch to a provider: resolve its key, read its tariff, then its balance."""
        for task in (self._open_task, self._balance_task, self._tariff_task):
            if task is not None:
                task.discard()
        old, self.provider = self.provider, None
        if old is not None:
            run_in_background(old.close, pool=self.pool)
        self.name, self.balance = name, None
        self.tariff = Tariff(name, "none" if name == "offline" else ("seconds" if name == "narakeet" else "credits"))
        self.loading.emit(name)
        self._open_task = run_in_background(open_account, name, base_url_for(name), list(self.voices),
                                            on_done=self._on_open, on_error=self._on_open_failed, pool=self.pool)

    def _on_open(self, opened: Opened) -> None:
        self._open_task = None
        self.provider, self.tariff = opened.provider, opened.tariff
        self.tariff_changed.emit(self.tariff)
        self.ready.emit(self.provider)
        self.refresh_balance()

    def _on_open_failed(self, error: BaseException) -> None:
        self._open_task = None
        if isinstance(error, NoKey):
            self.no_key.emit(self.name)
            return
        if isinstance(error, (ProviderUnavailable, ProviderError, ValueError)):
            message = error_text(error)
        else:
            log.error("opening %s failed", self.name, exc_info=error)
            message = self.tr("The account could not be opened: see the log for details.")
        self.balance_failed.emit(self.name, message)

    # --- balance and tariff ---------------------------------------------------------------------

    def refresh_balance(self) -> None:
        """Ask for the balance again (after a render, or the Refresh button)."""
        if self.provider is None:
            if self._open_task is None:
                self.activate(self.name)
            return
        if self._balance_task is not None:
            self._balance_task.discard()
        self._balance_task = run_in_background(self.provider.balance, on_done=self._on_balance,
                                               on_error=self._on_balance_failed, pool=self.pool)

    def _on_balance(self, balance: Balance) -> None:
        self._balance_task = None
        self.balance = balance
        self.balance_changed.emit(balance)

    def _on_balance_failed(self, error: BaseException) -> None:
        self._balance_task = None
        if not isinstance(error, ProviderError):
            log.error("balance of %s failed", self.name, exc_info=error)
        self.balance_failed.emit(self.name, error_text(error) if isinstance(error, ProviderError)
                                 else self.tr("The balance could not be read: see the log for details."))

    def set_voices(self, voices: Sequence[Voice]) -> None:
        """The voices the project uses (their custom rates and languages price the lines)."""
        self.voices = list(voices)
        if self.provider is None:
            return
        if self._tariff_task is not None:
            self._tariff_task.discard()
        self._tariff_task = run_in_background(self.provider.tariff, self.voices, on_done=self._on_tariff,
                                              on_error=self._on_tariff_failed, pool=self.pool)

    def refresh_tariff(self) -> None:
        """Re-read the models' multipliers (an actual cost differed from the estimate)."""
        refresh = getattr(self.provider, "refresh_models", None)
        if refresh is not None:
            refresh()
        self.set_voices(self.voices)

    def _on_tariff(self, tariff: Tariff) -> None:
        self._tariff_task = None
        self.tariff = tariff
        self.tariff_changed.emit(tariff)

    def _on_tariff_failed(self, error: BaseException) -> None:
        self._tariff_task = None
        log.warning("tariff of %s unavailable: %s", self.name, error)

    def close(self) -> None:
        if self.provider is not None:
            self.provider.close()
            self.provider = None
