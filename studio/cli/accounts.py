"""The account commands of dubbing-studio-cli: `key set|delete|status`, `balance`, `voices`.

The key is read from standard input (never from an argument, which `ps` and shell history would
show) and is never printed: `key status` says where a key is, not what it is.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime
from typing import Any

from studio import secrets
from studio.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, CliError, say
from studio.providers import (
    DISPLAY_NAMES,
    ProviderUnavailable,
    create_provider,
    needs_key,
)
from studio.providers.base import Balance, Provider, ProviderError, Voice

Result = tuple[dict[str, Any], int]

# My voices are listed in full; a runaway pagination (a provider bug) stops here.
MAX_PAGES = 50


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the account commands to the CLI's subcommands; common carries --provider/--base-url/--json."""
    key = commands.add_parser("key", help="store, remove or inspect a provider's API key in the keychain")
    actions = key.add_subparsers(dest="key_action", required=True, metavar="ACTION")
    for name, run, help_text in [
            ("set", run_key_set, "store the key read from standard input (one line)"),
            ("delete", run_key_delete, "remove the stored key"),
            ("status", run_key_status, "say whether a key is stored and where (never the key)")]:
        actions.add_parser(name, parents=[common], help=help_text).set_defaults(run=run)

    balance = commands.add_parser("balance", parents=[common],
                                  help="what the account has left, and when credits reset")
    balance.set_defaults(run=run_balance)

    voices = commands.add_parser("voices", parents=[common],
                                 help="the account's voices, or the shared voice library")
    voices.add_argument("--library", action="store_true",
                        help="search the shared library (using a voice from it takes a voice slot)")
    voices.add_argument("--search", metavar="TEXT", help="only voices matching TEXT")
    voices.add_argument("--language", metavar="L", help="only voices speaking L (e.g. fr)")
    voices.set_defaults(run=run_voices)


# --- key ---------------------------------------------------------------------------------------

def _account_provider(args: argparse.Namespace) -> str:
    if args.provider not in secrets.ENV_VARS:
        raise CliError("The offline engine needs no key: use --provider elevenlabs or --provider narakeet.")
    return args.provider


def run_key_set(args: argparse.Namespace) -> Result:
    provider = _account_provider(args)
    key = _read_key(provider)
    store = secrets.default_store()
    try:
        where = store.set(provider, key)
    except ValueError as err:
        raise CliError(str(err)) from None
    if where is not secrets.KeySource.KEYCHAIN:
        # The session fallback dies with this process: for the CLI that is no storage at all.
        reason = store.problem.reason if store.problem else "unknown"
        raise CliError(f"No system keychain is available: {reason}; the key was not stored. Set "
                       f"{secrets.ENV_VARS[provider]} in the environment instead (it is read, never stored).",
                       EXIT_BAD_INPUT, "keychain_unavailable")
    status = store.status(provider)
    if not args.json:
        say(f"The {DISPLAY_NAMES[provider]} key is stored in {status.backend}.", sys.stdout)
        _say_env_override(status)
    return status.as_json(), EXIT_OK


def _read_key(provider: str) -> str:
    if sys.stdin is None:
        raise CliError("No standard input to read the key from: pipe it in, e.g. "
                       f"`dubbing-studio-cli key set --provider {provider} < key.txt`.")
    if sys.stdin.isatty():
        # Typed at a terminal: no echo, so the key is not left on screen.
        line = getpass.getpass(f"{DISPLAY_NAMES[provider]} API key: ", stream=sys.stderr)
    else:
        line = sys.stdin.readline()
    if not line.strip():
        raise CliError("No key on standard input: paste the API key from your account page, e.g. "
                       f"`dubbing-studio-cli key set --provider {provider} < key.txt`.")
    return line


def run_key_delete(args: argparse.Namespace) -> Result:
    provider = _account_provider(args)
    store = secrets.default_store()
    try:
        deleted = store.delete(provider)
    except secrets.KeychainUnavailable as err:
        raise CliError(f"The key could not be removed. No system keychain is available: {err.reason}.",
                       EXIT_BAD_INPUT, "keychain_unavailable") from None
    status = store.status(provider)
    if not args.json:
        if deleted:
            say(f"The {DISPLAY_NAMES[provider]} key was removed from {status.backend}.", sys.stdout)
        else:
            say(f"No {DISPLAY_NAMES[provider]} key was stored in {status.backend}.", sys.stdout)
        _say_env_override(status)
    return {**status.as_json(), "deleted": deleted}, EXIT_OK


def run_key_status(args: argparse.Namespace) -> Result:
    if args.provider not in secrets.ENV_VARS:
        if not args.json:
            say("The offline engine needs no key.", sys.stdout)
        return {"provider": args.provider, "needs_key": False, "stored": False}, EXIT_OK
    provider = args.provider
    status = secrets.default_store().status(provider)
    if not args.json:
        name = DISPLAY_NAMES[provider]
        if status.problem:
            say(status.problem, sys.stdout)
        elif status.stored:
            say(f"A key for {name} is stored in {status.backend}.", sys.stdout)
        else:
            say(f"No key for {name} is stored in {status.backend}; store one with "
                f"`dubbing-studio-cli key set --provider {provider}`.", sys.stdout)
        _say_env_override(status)
    return {**status.as_json(), "needs_key": True}, EXIT_OK


def _say_env_override(status: secrets.KeyStatus) -> None:
    if status.env_override:
        say(f"{status.env_var} is set: it is used instead of any stored key.", sys.stdout)


# --- balance and voices ------------------------------------------------------------------------

def open_provider(args: argparse.Namespace) -> Provider:
    """Create the provider with its key and base URL, or explain what is missing (exit 2)."""
    name = args.provider
    if args.base_url is not None:
        from studio.providers.http import check_base_url

        try:
            check_base_url(args.base_url)
        except ValueError as err:
            raise CliError(f"--base-url: {err}") from None
    key = None
    if needs_key(name):
        try:
            key, _source = secrets.resolve_key(name)
        except ValueError as err:  # an environment variable with a broken key
            raise CliError(str(err)) from None
        if key is None:
            raise CliError(_missing_key_message(name), EXIT_BAD_INPUT, "no_key")
    try:
        if needs_key(name):
            return create_provider(name, api_key=key, base_url=args.base_url)
        return create_provider(name)
    except ProviderUnavailable as err:
        raise CliError(str(err), EXIT_BAD_INPUT, "provider_unavailable") from None
    except ValueError as err:
        raise CliError(str(err)) from None


def _missing_key_message(name: str) -> str:
    message = (f"No API key for {DISPLAY_NAMES[name]}: store one with `dubbing-studio-cli key set "
               f"--provider {name}` (it reads the key from standard input), or set "
               f"{secrets.ENV_VARS[name]} in the environment.")
    problem = secrets.default_store().problem
    return f"{message} (The keychain could not be read: {problem.reason}.)" if problem else message


def refused(err: ProviderError) -> CliError:
    # Every provider failure exits 3 (docs/CLI.md): the input was fine, the provider did not serve
    # it; the JSON error's kind says whether it was the key, the credits, or the network.
    return CliError(str(err), EXIT_REFUSED, err.kind.value)


def run_balance(args: argparse.Namespace) -> Result:
    provider = open_provider(args)
    try:
        balance = provider.balance()
    except ProviderError as err:
        raise refused(err) from None
    finally:
        provider.close()
    if not args.json:
        for line in balance_lines(balance):
            say(line, sys.stdout)
    return balance.as_json(), EXIT_OK


def balance_lines(balance: Balance) -> list[str]:
    """The balance as a person reads it, one fact per line."""
    name = DISPLAY_NAMES.get(balance.provider, balance.provider)
    if balance.unit == "none":
        return [f"{name}: no account and no credits needed."]
    unit = balance.unit
    plan = f" ({balance.tier} plan)" if balance.tier else ""
    if balance.remaining is None:
        amount = "balance unknown"
    elif balance.limit is not None:
        amount = f"{_number(balance.remaining)} of {_number(balance.limit)} {unit} left"
    else:
        amount = f"{_number(balance.remaining)} {unit} left"
    if balance.used is not None:
        amount += f" ({_number(balance.used)} used)"
    elif unit == "seconds" and balance.remaining is not None:
        amount += f" ({_clock(balance.remaining)} of audio)"
    lines = [f"{name}{plan}: {amount}"]
    if balance.resets_at is not None:
        lines.append(f"{unit.capitalize()} reset on {format_local(balance.resets_at)}")
    if balance.voice_slots_used is not None and balance.voice_limit is not None:
        lines.append(f"Voice slots: {balance.voice_slots_used} of {balance.voice_limit} used")
    if balance.overage_allowed is not None:
        lines.append("Usage-based billing: " + ("on (you can go over the limit)" if balance.overage_allowed
                                                 else "off"))
    return lines


def format_local(moment: datetime) -> str:
    """'3 Dec 2026 at 15:00' in this computer's time zone."""
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y} at {local:%H:%M}"


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def run_voices(args: argparse.Namespace) -> Result:
    provider = open_provider(args)
    voices: list[Voice] = []
    try:
        page = provider.voices(library=args.library, search=args.search, language=args.language)
        voices.extend(page.voices)
        first = page
        # The user's own voices are listed in full; the library is huge, so one page of it.
        pages = 1
        while not args.library and page.has_more and page.next_page is not None and pages < MAX_PAGES:
            page = provider.voices(search=args.search, language=args.language, page=page.next_page)
            voices.extend(page.voices)
            pages += 1
    except ProviderError as err:
        raise refused(err) from None
    finally:
        provider.close()
    result = {"voices": [_voice_json(v, args.provider) for v in voices],
              "voice_slots_used": first.voice_slots_used, "voice_limit": first.voice_limit,
              "has_more": page.has_more}
    if not args.json:
        _print_voices(voices, first.voice_slots_used, first.voice_limit, page.has_more)
    return result, EXIT_OK


def _voice_json(voice: Voice, provider: str) -> dict:
    data = voice.as_json()
    if provider == "offline":  # which engine speaks it, and whether it is on this computer yet
        data["engine"] = voice.labels.get("engine", "espeak-ng")
        data["installed"] = voice.labels.get("installed", "yes") == "yes"
    return data


def _print_voices(voices: list[Voice], used: int | None, limit: int | None, has_more: bool) -> None:
    rows = [("ID", "NAME", "CATEGORY", "LANG", "MINE", "TAKES A SLOT")]
    rows += [(v.id, v.name, v.category, v.language or "-", "yes" if v.in_my_voices else "no",
              "yes" if v.uses_slot_if_used else "no") for v in voices]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        say("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip(), sys.stdout)
    footer = f"{len(voices)} voice(s)"
    if used is not None and limit is not None:
        footer += f"; voice slots: {used} of {limit} used"
    if has_more:
        footer += "; more in the library: narrow it with --search or --language"
    say(footer, sys.stdout)
