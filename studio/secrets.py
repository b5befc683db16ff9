"""API keys in the OS keychain (macOS Keychain, Windows Credential Locker, Secret Service), via keyring.

    store = default_store()
    store.set("elevenlabs", key)      # KeySource.KEYCHAIN, or KeySource.SESSION when there is no keychain
    key, source = resolve_key("elevenlabs")   # the environment variable wins, then the keychain

One keychain entry per provider under the service "dubbing-studio". The environment variables
ELEVENLABS_API_KEY / NARAKEET_API_KEY override the keychain and are never stored. When no keychain is
usable (no backend, locked, D-Bus down) the key is kept in this process's memory only, with a message
that says so: there is deliberately no plaintext-file fallback.

A key never appears in a log, an exception message or a repr: messages are built from the provider
name and the backend's error type only, and backend errors are not chained (their text is not ours).
"""

from __future__ import annotations

import enum
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from studio.core.coded_error import CodedError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring itself is imported on first use: loading it (and its backends' entry points) takes ~70 ms,
# which `dubbing-studio-cli check` and the GUI's first paint should not pay.

log = logging.getLogger(__name__)

SERVICE = "dubbing-studio"
ENV_VARS: dict[str, str] = {"elevenlabs": "ELEVENLABS_API_KEY", "narakeet": "NARAKEET_API_KEY"}
ACCOUNT_PROVIDERS = tuple(ENV_VARS)


class KeySource(str, enum.Enum):
    """Where a key came from (or was put)."""

    ENV = "env"            # the provider's environment variable (read, never stored)
    KEYCHAIN = "keychain"  # the OS keychain
    SESSION = "session"    # this process's memory only: no keychain was usable
    NONE = "none"


# Why a keychain could not be used, for a window to say what to do in its own language.
NO_KEYCHAIN = "none"             # no keychain service at all (install one)
KEYCHAIN_LOCKED = "locked"       # unlock it
KEYCHAIN_UNREACHABLE = "unreachable"  # configured but its service does not answer (start it)
KEYCHAIN_REFUSED = "refused"     # it answered no

# Codes (error.code) of this module's errors, for a window to word them (params: kind, detail; var).
KEYCHAIN_UNAVAILABLE = "keychain_unavailable"
ENV_KEY_SPACES = "env_key_spaces"


class KeychainUnavailable(CodedError):
    """No usable system keychain; str() is a sentence for the user (never containing a key).

    params: kind (NO_KEYCHAIN, KEYCHAIN_LOCKED…) and detail, the backend error's type name when the
    keychain refused (its text is not ours: it could quote anything)."""

    def __init__(self, reason: str, kind: str = KEYCHAIN_REFUSED, detail: str = "") -> None:
        self.reason = reason
        self.kind = kind
        super().__init__(f"No system keychain is available: {reason}; the key is kept for this "
                         "session only.", code=KEYCHAIN_UNAVAILABLE, params={"kind": kind, "detail": detail})


class KeyFormatError(CodedError, ValueError):
    """A provider's environment variable that holds more than a key (params: var)."""


class ResolvedKey(NamedTuple):
    """(key, source) that unpacks like a tuple but never shows the key in its repr."""

    key: str | None
    source: KeySource

    def __repr__(self) -> str:
        return f"ResolvedKey(key={'<hidden>' if self.key else None}, source={self.source.value!r})"


@dataclass(frozen=True)
class KeyStatus:
    """What the Accounts dialog and `key status` show about one provider's key (never the key)."""

    provider: str
    stored: bool              # a key is in the keychain, or in session memory
    location: KeySource       # KEYCHAIN, SESSION or NONE
    backend: str              # human-readable keychain name, or "none"
    keychain_available: bool
    env_var: str
    env_override: bool        # the environment variable is set and wins over any stored key
    problem: str | None = None  # KeychainUnavailable's message when the keychain is not usable
    problem_kind: str | None = None  # its kind: NO_KEYCHAIN, KEYCHAIN_LOCKED, ...

    def as_json(self) -> dict[str, object]:
        return {"provider": self.provider, "stored": self.stored, "location": self.location.value,
                "backend": self.backend, "keychain_available": self.keychain_available,
                "env_var": self.env_var, "env_override": self.env_override, "problem": self.problem}


def clean_key(key: str) -> str:
    """Return key without surrounding whitespace; refuse empty keys and keys with inner whitespace.

    A pasted key often drags a newline along. One with a line break or space inside is not a key,
    and sent as a header it would make requests raise an error that quotes the header value.
    """
    key = key.strip()
    if not key:
        raise ValueError("The key is empty: paste the API key from your account page.")
    if any(ch.isspace() or not ch.isprintable() for ch in key):
        raise ValueError("The key contains spaces or line breaks: paste the API key alone.")
    return key


def env_key(provider: str) -> str | None:
    """The provider's key from its environment variable, or None when unset or blank."""
    var = ENV_VARS.get(provider)
    value = os.environ.get(var, "").strip() if var else ""
    if not value:
        return None
    try:
        return clean_key(value)
    except ValueError:
        raise KeyFormatError(f"{var} contains spaces or line breaks: set it to the API key alone.",
                             code=ENV_KEY_SPACES, params={"var": var or ""}) from None


def _env_set(provider: str) -> bool:
    """Whether the provider's environment variable is set: it wins over a stored key even when it is not a
    key (resolve_key refuses it rather than fall back), and a status must not raise on it."""
    return bool(os.environ.get(ENV_VARS[provider], "").strip())


class KeyStore:
    """Three operations on the keychain, per provider, with a session-only fallback.

    backend: a keyring backend to use; None means keyring's current one (keyring.get_keyring()),
    looked up on each call so tests and keyring's own configuration apply.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._session: dict[str, str] = {}  # provider -> key, only while the keychain is unusable
        self.problem: KeychainUnavailable | None = None  # the last keychain failure, if any

    def __repr__(self) -> str:
        # Provider names only; the backend's class name because backend_name() may query D-Bus.
        return f"<KeyStore backend={type(self._current_backend()).__name__} session={sorted(self._session)}>"

    # --- the three operations ----------------------------------------------------------------

    def get(self, provider: str) -> str | None:
        """The stored key (keychain, else session memory), or None. Never raises for keychain trouble."""
        _check_provider(provider)
        if provider in self._session:
            return self._session[provider]
        try:
            backend = self._usable_backend()
            value = backend.get_password(SERVICE, provider)
        except KeychainUnavailable as err:
            self.problem = err
            return None
        except Exception as err:  # noqa: BLE001 - backends raise their platform's errors (D-Bus, Win32)
            self.problem = _unavailable(err)
            return None
        self.problem = None
        key = value.strip() if value and value.strip() else None
        if key:
            _remember(key)
        return key

    def set(self, provider: str, key: str) -> KeySource:
        """Store key for provider; return KEYCHAIN, or SESSION when only memory could keep it.

        After SESSION, `self.problem` holds the message to show. Raises ValueError for an empty key.
        """
        _check_provider(provider)
        key = clean_key(key)
        try:
            self._usable_backend().set_password(SERVICE, provider, key)
        except KeychainUnavailable as err:
            self.problem = err
        except Exception as err:  # noqa: BLE001 - see get()
            self.problem = _unavailable(err)
        else:
            self.problem = None
            self._session.pop(provider, None)
            return KeySource.KEYCHAIN
        self._session[provider] = key
        return KeySource.SESSION

    def delete(self, provider: str) -> bool:
        """Forget provider's key (keychain and session); True if there was one.

        Raises KeychainUnavailable when a keychain entry may exist but could not be removed.
        """
        _check_provider(provider)
        had_session = self._session.pop(provider, None) is not None
        try:
            backend = self._usable_backend()
            if backend.get_password(SERVICE, provider) is None:
                return had_session  # nothing stored: backends raise on deleting a missing entry
            backend.delete_password(SERVICE, provider)
        except KeychainUnavailable as err:
            self.problem = err
            if had_session:
                return True
            raise
        except Exception as err:  # noqa: BLE001 - see get()
            self.problem = _unavailable(err)
            raise self.problem from None
        self.problem = None
        return True

    def in_session(self, provider: str) -> bool:
        """Whether provider's key lives in this process's memory only (no keychain took it)."""
        return provider in self._session

    # --- what to tell the user ---------------------------------------------------------------

    def backend_name(self) -> str:
        """The keychain's human-readable name ("macOS Keychain", ...), or "none"."""
        return backend_name(self._current_backend())

    def available(self) -> bool:
        """Whether a real keychain backend is configured (it may still turn out to be locked)."""
        return _is_usable(self._current_backend())

    def status(self, provider: str) -> KeyStatus:
        """Where provider's key is, which keychain, whether the environment overrides it."""
        stored = self.get(provider) is not None
        location = KeySource.NONE
        if stored:
            location = KeySource.SESSION if self.in_session(provider) else KeySource.KEYCHAIN
        problem = self.problem
        return KeyStatus(provider=provider, stored=stored, location=location,
                         backend=self.backend_name(), keychain_available=problem is None and self.available(),
                         env_var=ENV_VARS[provider], env_override=_env_set(provider),
                         problem=str(problem) if problem else None,
                         problem_kind=problem.kind if problem else None)

    # --- internals ---------------------------------------------------------------------------

    def _current_backend(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def _usable_backend(self) -> KeyringBackend:
        backend = self._current_backend()
        if not _is_usable(backend):
            raise KeychainUnavailable(_NO_BACKEND_REASON, NO_KEYCHAIN)
        return backend


_NO_BACKEND_REASON = "this system has no keychain service that Python's keyring can use"


# Keys read from the keychain in this process, so the log can take them out of any line (they are in
# memory anyway, inside the provider that uses them; asking the keychain from logging could prompt).
_seen: set[str] = set()


def _remember(key: str) -> None:
    _seen.add(key)


def keys_in_memory() -> frozenset[str]:
    """Every key this process has read from the keychain (for redaction; never written anywhere)."""
    return frozenset(_seen)


def _check_provider(provider: str) -> None:
    if provider not in ENV_VARS:
        raise ValueError(f"{provider!r} has no account key (known: {', '.join(ENV_VARS)})")


def _unavailable(err: BaseException) -> KeychainUnavailable:
    """Turn a backend failure into the user's message; only the error's type is logged."""
    # Info, not warning: the caller shows the user the message; the log only needs the type.
    log.info("Keychain operation failed: %s", type(err).__name__)
    from keyring.errors import InitError, KeyringLocked

    if isinstance(err, KeyringLocked):
        return KeychainUnavailable("the keychain is locked (unlock it, then try again)", KEYCHAIN_LOCKED)
    module = type(err).__module__ or ""
    if "jeepney" in module or "secretstorage" in module or "dbus" in module.lower():
        return KeychainUnavailable("the Secret Service could not be reached over D-Bus", KEYCHAIN_UNREACHABLE)
    if isinstance(err, InitError):
        return KeychainUnavailable("the keychain could not be opened", KEYCHAIN_UNREACHABLE)
    return KeychainUnavailable(f"the keychain refused the operation ({type(err).__name__})", KEYCHAIN_REFUSED,
                               type(err).__name__)


def _is_usable(backend: KeyringBackend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_usable(b) for b in backend.backends)
    return True


# keyring backend class (module, name) -> what the user knows it as.
_BACKEND_NAMES = {
    ("keyring.backends.macOS", "Keyring"): "macOS Keychain",
    ("keyring.backends.Windows", "WinVaultKeyring"): "Windows Credential Locker",
    ("keyring.backends.kwallet", "DBusKeyring"): "KWallet",
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"): "KWallet",
    ("keyring.backends.libsecret", "Keyring"): "Secret Service (libsecret)",
}

# Process names of Secret Service implementations (Linux /proc/PID/comm, at most 15 characters).
_SECRET_SERVICE_DAEMONS = {"gnome-keyring-d": "GNOME Keyring", "keepassxc": "KeePassXC",
                           "kwalletd5": "KWallet", "kwalletd6": "KWallet", "kwalletd": "KWallet"}


def backend_name(backend: KeyringBackend | None = None) -> str:
    """Human-readable name of a keyring backend (default: keyring's current one), or "none"."""
    import keyring
    from keyring.backends import chainer

    if backend is None:
        backend = keyring.get_keyring()

    if not _is_usable(backend):
        return "none"
    if isinstance(backend, chainer.ChainerBackend):
        usable = [b for b in backend.backends if _is_usable(b)]
        return backend_name(usable[0])
    cls = type(backend)
    if cls.__module__ == "keyring.backends.SecretService":
        daemon = _secret_service_daemon()
        return f"Secret Service ({daemon})" if daemon else "Secret Service"
    known = _BACKEND_NAMES.get((cls.__module__, cls.__name__))
    if known:
        return known
    return str(getattr(backend, "name", "") or cls.__name__)


def _secret_service_daemon() -> str | None:
    """Which program serves org.freedesktop.secrets on the session bus (Linux), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(bus="SESSION") as conn:
            reply = conn.send_and_get_reply(
                message_bus.GetConnectionUnixProcessID("org.freedesktop.secrets"), timeout=2)
        pid = int(reply.body[0])
        comm = Path(f"/proc/{pid}/comm").read_text(encoding="utf-8").strip()
    except Exception:  # noqa: BLE001 - only a nicer label is lost
        return None
    return _SECRET_SERVICE_DAEMONS.get(comm, comm or None)


_default: KeyStore | None = None


def default_store() -> KeyStore:
    """The process-wide store (its session memory is shared by the GUI and the render jobs)."""
    global _default
    if _default is None:
        _default = KeyStore()
    return _default


def resolve_key(provider: str, store: KeyStore | None = None) -> ResolvedKey:
    """The key to use for provider: its environment variable, else the stored one, else (None, NONE)."""
    from_env = env_key(provider)
    if from_env is not None:
        return ResolvedKey(from_env, KeySource.ENV)
    store = store or default_store()
    key = store.get(provider)
    if key is None:
        return ResolvedKey(None, KeySource.NONE)
    return ResolvedKey(key, KeySource.SESSION if store.in_session(provider) else KeySource.KEYCHAIN)
