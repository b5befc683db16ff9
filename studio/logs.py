"""The per-user log file: where it lives, rotation, and a filter that keeps API keys out of it.

    path = setup_logging()          # once, at GUI start; returns the log file (None if unwritable)

Qt-free. The file rotates at 1 MB and keeps five old files. Every record that reaches our handlers
goes through `RedactingFilter` first: the keys `studio.secrets` holds right now (environment
variables, session memory) and anything that looks like an API-key header, a bearer token, a pre-signed
URL's signature or an ElevenLabs key are replaced by "[redacted]". The filter sits on the handlers,
so it applies to records from every logger, ours or a library's (urllib3, keyring...).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import traceback
from pathlib import Path

from studio import APP_NAME

LOG_NAME = "dubbing-studio.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[redacted]"
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

# A header or parameter that carries a key: the name, an optional closing quote (a dict's repr), a
# separator, then the value (with an optional "Bearer"/"Basic"/"Token" scheme word kept readable).
_NAMED = re.compile(
    r"""(?P<name>\b(?:xi-api-key|x-api-key|api[-_]?key|apikey|authorization|proxy-authorization|token"""
    r"""|x-amz-signature|x-amz-credential|x-amz-security-token)"""
    r"""['"]?\s*[:=]\s*['"]?(?:(?:bearer|basic|token)\s+)?)(?!\[redacted\])(?P<value>[^\s'",;&}\]\)]+)""",
    re.IGNORECASE)
# ElevenLabs' key format ("sk_" and 48 hex digits) wherever it appears, named or not.
_TOKENS = re.compile(r"\bsk_[0-9a-f]{24,}\b", re.IGNORECASE)
_MIN_SECRET_LEN = 8  # shorter "keys" would redact ordinary words


def log_dir() -> Path:
    """The per-user folder for log files, by platform convention."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP_NAME / "Logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / APP_NAME
    state = os.environ.get("XDG_STATE_HOME", "").strip()
    # The XDG spec: a relative value is invalid and must be ignored.
    base = Path(state) if state and os.path.isabs(state) else home / ".local" / "state"
    return base / "dubbing-studio"


def log_file() -> Path:
    return log_dir() / LOG_NAME


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback) with every known key replaced by [redacted].

    Known keys are asked of `studio.secrets` when the record is logged (nothing is registered here):
    the environment variables and the keys held in session memory. The keychain itself is not read:
    from inside logging that could raise an unlock prompt or a D-Bus round trip on the GUI thread, and
    caching its keys would be one more place that holds them. A key from the keychain is caught by
    the patterns instead: header and parameter names, and ElevenLabs' key format.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        secrets_now = known_secrets()
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string: keep what we can, never crash logging
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message, secrets_now)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            record.exc_text = redact(text, secrets_now)
            record.exc_info = None  # the formatter prints exc_text, now redacted
        elif record.exc_text:
            record.exc_text = redact(record.exc_text, secrets_now)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, secrets_now)
        return True


def known_secrets() -> tuple[str, ...]:
    """The keys studio.secrets holds in this process now: environment variables, session memory, and
    keys it has read from the keychain."""
    from studio import secrets

    found = [os.environ.get(secrets.ENV_VARS[p], "").strip() for p in secrets.ACCOUNT_PROVIDERS]
    store = secrets.default_store()
    # in_session first: get() on a provider without a session key would ask the keychain.
    found += [store.get(p) or "" for p in secrets.ACCOUNT_PROVIDERS if store.in_session(p)]
    found += secrets.keys_in_memory()  # read from the keychain earlier (a Narakeet key has no telltale shape)
    # Longest first, so a key that contains another is replaced whole.
    return tuple(sorted({k for k in found if len(k) >= _MIN_SECRET_LEN}, key=len, reverse=True))


def redact(text: str, secrets_now: tuple[str, ...] = ()) -> str:
    """text with each of secrets_now, key-like header values and ElevenLabs-style keys removed."""
    for secret in secrets_now:
        if secret in text:
            text = text.replace(secret, REDACTED)
    text = _NAMED.sub(lambda m: m.group("name") + REDACTED, text)
    return _TOKENS.sub(REDACTED, text)


_OURS = "_dubbing_studio_handler"


def stop_logging() -> None:
    """Remove and close the handlers setup_logging added (and its exception hook)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()
    if sys.excepthook is _log_uncaught:
        sys.excepthook = sys.__excepthook__


def _log_uncaught(kind, value, trace) -> None:  # noqa: ANN001
    """An exception nobody caught (in a Qt slot, say) goes to the log with its traceback."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    logging.getLogger("studio.uncaught").critical("Uncaught exception", exc_info=(kind, value, trace))


def setup_logging(directory: Path | None = None, *, level: int = logging.INFO, console: bool = True,
                  max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT,
                  catch_uncaught: bool = True) -> Path | None:
    """Send the root logger to a rotating file in directory (default log_dir()) and to stderr.

    Returns the log file, or None when the folder cannot be written (then only stderr gets the
    records). Calling it again replaces the handlers it added before, never anyone else's.
    catch_uncaught: also log exceptions nobody caught (sys.excepthook).
    """
    stop_logging()
    root = logging.getLogger()
    redactor = RedactingFilter()
    formatter = logging.Formatter(FORMAT)
    path: Path | None = (directory or log_dir()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
    except OSError as error:
        path = None
        file_handler = None
        problem = f"{type(error).__name__}: {error.strerror or error}"
    handlers: list[logging.Handler] = [file_handler] if file_handler else []
    if console and sys.stderr is not None:  # a windowed bundle on Windows has no stderr at all
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.addFilter(redactor)
        handler.setFormatter(formatter)
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(level)
    if catch_uncaught:
        sys.excepthook = _log_uncaught
    if path is None:
        logging.getLogger(__name__).warning("No log file: the log folder cannot be written (%s)", problem)
    return path
