"""`voice-install` and `voice-remove`: natural offline voices from the command line.

Progress goes to stderr (bytes, %, ETA) at most a few times a second; with --json the installed voice
is the one JSON object on stdout. Ctrl+C cancels: nothing is left in the voices folder.
"""

from __future__ import annotations

import argparse
import threading
import time

from studio.cli.common import EXIT_CANCELLED, EXIT_OK, EXIT_WRITE_FAILED, CliError, say
from studio.providers.voice_catalogue import CatalogueError
from studio.providers.voice_download import DownloadCancelled, DownloadError, Progress
from studio.providers.voice_install import checksum_note, install
from studio.providers.voice_packs import VoicePackError, VoiceStore

PROGRESS_EVERY_S = 0.5


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    add = commands.add_parser("voice-install", parents=[common],
                              help="install a natural offline voice (catalogue name, https URL or local .onnx)")
    add.add_argument("source", metavar="SOURCE",
                     help="a catalogue name (fr_FR-siwis-medium), an https URL of a .onnx, or a local .onnx "
                          "with its .onnx.json beside it")
    add.set_defaults(run=run_voice_install)
    remove = commands.add_parser("voice-remove", parents=[common], help="remove an installed offline voice")
    remove.add_argument("voice", metavar="ID", help="the voice's id (piper:fr_FR-siwis-medium) or name")
    remove.set_defaults(run=run_voice_remove)


def _offline_only(args: argparse.Namespace) -> None:
    if args.provider != "offline":
        raise CliError(f"{args.provider} voices are not installed: only --provider offline has voice packs.")


def run_voice_install(args: argparse.Namespace) -> tuple[dict, int]:
    _offline_only(args)
    store = VoiceStore()
    last = [0.0]

    def progress(p: Progress) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S or (p.total and p.done >= p.total):
            last[0] = now
            say(f"downloading: {p.text()}")

    cancel = threading.Event()
    try:
        voice = install(args.source, store, progress=progress, cancel=cancel)
    except KeyboardInterrupt:
        cancel.set()
        raise
    except DownloadCancelled as error:
        raise CliError(str(error), EXIT_CANCELLED, "cancelled") from None
    except (DownloadError, VoicePackError, CatalogueError) as error:
        full = "disk" in str(error) and "full" in str(error)
        raise CliError(str(error), EXIT_WRITE_FAILED if full else 2,
                       "write_failed" if full else "voice_install_failed") from None
    say(f"installed {voice.voice_id} ({voice.bytes / 1e6:.1f} MB) in {store.root}. {checksum_note(voice)}")
    language = (voice.language or "").lower() or None  # spelt like espeak-ng's codes, as `voices` lists it
    return {"id": voice.voice_id, "engine": "piper", "language": language, "bytes": voice.bytes,
            "sha256": voice.sha256, "sha256_checked": voice.sha256_checked,
            "md5_checked": voice.md5_checked, "licence": voice.licence,
            "folder": voice.folder}, EXIT_OK


def run_voice_remove(args: argparse.Namespace) -> tuple[dict, int]:
    _offline_only(args)
    try:
        freed = VoiceStore().remove(args.voice)
    except VoicePackError as error:
        raise CliError(str(error), 2, "voice_not_found") from None
    except OSError as error:
        raise CliError(f"The voice could not be removed: {error}.", EXIT_WRITE_FAILED, "write_failed") from None
    say(f"removed {args.voice}: {freed / 1e6:.1f} MB freed")
    return {"id": args.voice, "bytes_freed": freed}, EXIT_OK
