"""The providers' words in the interface language: their names, and their error sentences.

The providers (studio/providers) never import Qt: their messages are plain English, for the CLI and the
logs. The window shows them through `message_text`, which puts the stock ones in the interface
language: one sentence per error kind (base.DEFAULT_MESSAGES), the voice guard's paid-plan and
full-slots sentences. A provider's more precise sentence ("Narakeet has no such voice…") has no
translation and is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP

from studio.core.coded_error import write_params
from studio.gui.kit.failure_text import coded_text, system_words
from studio.providers import DISPLAY_NAMES
from studio.providers.base import DEFAULT_MESSAGES, ErrorKind
from studio.providers.voice_guard import paid_plan_message


class ProviderText(QObject):
    """The translation context of these texts (`ProviderText.tr` for the plural)."""


# The same sentences as studio.providers.base.DEFAULT_MESSAGES (a test keeps them equal).
KIND_MESSAGES: dict[ErrorKind, str] = {
    ErrorKind.AUTH: QT_TRANSLATE_NOOP(
        "ProviderText", "The API key was refused: check it in Accounts, or create a new one on the provider's site."),
    ErrorKind.OUT_OF_CREDITS: QT_TRANSLATE_NOOP(
        "ProviderText", "Your account has run out of credits: wait for the next reset, top up, or enable "
                        "usage-based billing."),
    ErrorKind.SLOTS_FULL: QT_TRANSLATE_NOOP(
        "ProviderText", "All your voice slots are used: remove a voice you no longer need from My Voices, "
                        "or pick a voice you already have."),
    ErrorKind.PAID_PLAN: QT_TRANSLATE_NOOP(
        "ProviderText", "This voice or feature needs a paid plan: pick a default voice or upgrade."),
    ErrorKind.VOICE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "ProviderText", "This voice does not exist for your account: pick another voice for this line."),
    ErrorKind.TEXT_TOO_LONG: QT_TRANSLATE_NOOP(
        "ProviderText", "This line is longer than the model allows: split it into shorter lines."),
    ErrorKind.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "ProviderText", "The provider asks to slow down: the request will be retried."),
    ErrorKind.BUSY: QT_TRANSLATE_NOOP(
        "ProviderText", "The provider is busy or unavailable: the request will be retried."),
    ErrorKind.NETWORK: QT_TRANSLATE_NOOP(
        "ProviderText", "The provider could not be reached: check your internet connection."),
    ErrorKind.BAD_RESPONSE: QT_TRANSLATE_NOOP(
        "ProviderText", "The provider sent an unreadable answer: the request will be retried."),
    ErrorKind.BAD_REQUEST: QT_TRANSLATE_NOOP(
        "ProviderText", "The provider refused this line: check its text and the voice settings."),
}
# studio.providers.voice_guard.paid_plan_message(), word for word (a test keeps them equal).
PAID_PLAN = QT_TRANSLATE_NOOP(
    "ProviderText", "Voice Library voices cannot be used through the API on the free plan: pick one of your "
                    "voices or a default voice, or upgrade your ElevenLabs plan.")
# studio.providers.voice_guard.voice_limit_message(used, limit, needed), read back into its figures.
_SLOTS_FULL = re.compile(r"All your voice slots are used(?: \((\d+) of (\d+) used\))?: this needs "
                         r"(?:a free voice slot|(\d+) free voice slots)\. Remove a library voice you no longer "
                         r"need from My Voices, or pick a voice you already have\.")


# Errors that are the system's own (not one of ours that subclasses OSError with a sentence of its own).
_SYSTEM_ERRORS = (OSError, PermissionError, FileNotFoundError, IsADirectoryError, NotADirectoryError,
                  FileExistsError)


def provider_name(name: str) -> str:
    """"ElevenLabs", "Narakeet" (brands, as they are), or "Offline" in the interface language."""
    if name == "offline":
        return ProviderText.tr("Offline")
    return DISPLAY_NAMES.get(name, name)


def normalization_choices() -> dict[str, str]:
    """ElevenLabs' apply_text_normalization values by name, as Tools ▸ Text Normalization and Preferences ▸
    Voices offer them."""
    return {"auto": QCoreApplication.translate("ProviderText", "Automatic (model decides)"),
            "on": QCoreApplication.translate("ProviderText", "Always (like the website)"),
            "off": QCoreApplication.translate("ProviderText", "Never (text sent as written)")}


def slots_full_text(used: int | None, limit: int | None, needed: int = 1) -> str:
    """voice_limit_message in the interface language."""
    text = ProviderText.tr("All your voice slots are used: this needs %n free voice slot(s). Remove a library "
                           "voice you no longer need from My Voices, or pick a voice you already have.", "",
                           needed)
    if used is not None and limit is not None:
        text = ProviderText.tr("All your voice slots are used (%1 of %2 used): this needs %n free voice "
                               "slot(s). Remove a library voice you no longer need from My Voices, or pick a "
                               "voice you already have.", "", needed).replace("%1", str(used)).replace(
            "%2", str(limit))
    return text


def message_text(message: str) -> str:
    """A provider's or the voice guard's sentence in the interface language when it is a stock one."""
    for kind, english in DEFAULT_MESSAGES.items():
        if message == english:
            return ProviderText.tr(KIND_MESSAGES[kind])
    if message == paid_plan_message():
        return ProviderText.tr(PAID_PLAN)
    full = _SLOTS_FULL.fullmatch(message)
    if full:
        used, limit, needed = full.groups()
        return slots_full_text(int(used) if used else None, int(limit) if limit else None,
                               int(needed) if needed else 1)
    return message


def error_text(error: BaseException) -> str:
    """str(error) of a ProviderError (or any error whose text is meant for the user), translated: from
    its code and params when the window words that code (failure_text), else its stock sentence."""
    params = getattr(error, "params", None)
    said = coded_text(getattr(error, "code", None), params) if isinstance(params, Mapping) else None
    if said is None and type(error) in _SYSTEM_ERRORS and error.errno:
        # A bare OSError ("[Errno 13] Permission denied: '…'"): the system's words, translated, and the file.
        said = system_words(write_params(error)) + (f" ({error.filename})" if error.filename else "")
    return said or message_text(str(error))


def plain_error_text(error: BaseException) -> tuple[str, str]:
    """(our sentence in the interface language, the provider's own words or "").

    Providers append what their server said ("… (ElevenLabs: Neither authorization header nor
    xi-api-key received)."): useful to support, jargon in English to everyone else. Where our stock
    sentence for the error's kind starts the message, only that sentence is shown; the rest is for a
    tooltip.
    """
    return plain_message(str(error), getattr(error, "kind", None))


def plain_message(message: str, kind: object) -> tuple[str, str]:
    """As plain_error_text, from the message and the kind (an ErrorKind or its value, as a render's
    line event carries it)."""
    known = next((each for each in ErrorKind if each == kind), None)  # a str enum: equal to its value
    stock = DEFAULT_MESSAGES.get(known) if known is not None else None
    if stock and message != stock and message.startswith(stock.rstrip(".") + " ("):
        return ProviderText.tr(KIND_MESSAGES[known]), message[len(stock.rstrip(".")) + 2:].rstrip(".)")
    return message_text(message), ""
