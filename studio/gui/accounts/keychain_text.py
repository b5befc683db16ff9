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
    if kind == secrets.KEYCHAIN_LOCKED:
        what = translate("KeychainText", "Your keychain is locked: unlock it (or log in again), then try again.")
    elif kind == secrets.KEYCHAIN_UNREACHABLE:
        what = (translate("KeychainText", "The keychain service is not answering: log out and back in, or start "
                          "GNOME Keyring or KWallet.") if platform.startswith("linux")
                else translate("KeychainText", "The keychain is not answering: restart the computer, then try "
                               "again."))
    elif kind == secrets.NO_KEYCHAIN:
        if platform.startswith("linux"):
            what = translate("KeychainText", "No keychain was found on this computer. Install GNOME Keyring "
                             "(package gnome-keyring) or KWallet, log out and back in, then try again.")
        elif platform == "darwin":
            what = translate("KeychainText", "The macOS Keychain could not be used: open Keychain Access and "
                             "check that your login keychain exists.")
        else:
            what = translate("KeychainText", "Windows Credential Manager could not be used: check that you are "
                             "logged in to your own Windows account.")
    else:
        what = translate("KeychainText", "The keychain refused to keep the key.")
    return what + " " + until_quit
