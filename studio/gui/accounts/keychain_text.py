"""What the Accounts dialog says when the system keychain cannot keep a key: in plain words, in the
interface language, and what to install or do on this operating system (studio.secrets, which has
no Qt, only says which kind of trouble it met)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from studio import secrets

translate = QCoreApplication.translate


def keychain_trouble(kind: str | None, platform: str = sys.platform) -> str:
    """One or two sentences: what is wrong with the keychain and what to do; "" when nothing is."""
    if kind is None:
        return ""
    until_quit = translate("KeychainText", "Until then, a key you enter is kept only until you quit.")
    return _what_is_wrong(kind, platform) + " " + until_quit


def not_removed_text(error: secrets.KeychainUnavailable, platform: str = sys.platform) -> str:
    """Why a stored key could not be removed (KeyStore.delete's error), and what to do."""
    not_removed = translate("KeychainText", "The key was not removed from the keychain.")
    detail = error.params.get("detail", "")
    if error.kind == secrets.KEYCHAIN_REFUSED and detail:
        # %1: the keychain's own name for its error (a type name, never its text: that is not ours)
        what = translate("KeychainText", "The keychain refused to remove it (%1): try again, or remove the "
                         "entry “dubbing-studio” with your system's keychain manager.").replace("%1", detail)
    else:
        what = _what_is_wrong(error.kind, platform)
    return not_removed + " " + what


def _what_is_wrong(kind: str, platform: str) -> str:
    if kind == secrets.KEYCHAIN_LOCKED:
        return translate("KeychainText",
                         "Your keychain is locked: unlock it (or log in again), then try again.")
    if kind == secrets.KEYCHAIN_UNREACHABLE:
        return (translate("KeychainText", "The keychain service is not answering: log out and back in, or "
                          "start GNOME Keyring or KWallet.") if platform.startswith("linux")
                else translate("KeychainText", "The keychain is not answering: restart the computer, then try "
                               "again."))
    if kind == secrets.NO_KEYCHAIN:
        if platform.startswith("linux"):
            return translate("KeychainText", "No keychain was found on this computer. Install GNOME Keyring "
                             "(package gnome-keyring) or KWallet, log out and back in, then try again.")
        if platform == "darwin":
            return translate("KeychainText", "The macOS Keychain could not be used: open Keychain Access and "
                             "check that your login keychain exists.")
        return translate("KeychainText", "Windows Credential Manager could not be used: check that you are "
                         "logged in to your own Windows account.")
    return translate("KeychainText", "The keychain refused to keep the key.")
