"""Install a natural voice from a catalogue name, an https URL or a local .onnx (the CLI's and the GUI's
one entry point), and the note to show when its checksum could not be checked against a published one.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

import requests

from studio.core.coded_error import VOICE_NOT_WRITTEN, write_params
from studio.providers.voice_catalogue import CatalogueEntry, find, load_catalogue
from studio.providers.voice_download import DownloadError, Progress, download
from studio.providers.voice_packs import InstalledVoice, VoicePackError, VoiceStore, key_for

CONFIG_LIMIT = 1 << 20  # a voice's .onnx.json is a few KB; anything bigger is not one


def install(source: str, store: VoiceStore | None = None, *,
            progress: Callable[[Progress], None] | None = None,
            cancel: threading.Event | None = None, session: requests.Session | None = None) -> InstalledVoice:
    """Install source; raises VoicePackError or DownloadError (DownloadCancelled on cancel)."""
    store = store or VoiceStore()
    entries = load_catalogue()
    if "://" in source:
        name = unquote(Path(urlsplit(source).path).name)
        if not name.endswith(".onnx"):
            raise VoicePackError(f"{source} is not the address of a .onnx voice: give the URL of the .onnx file "
                                 "(its .onnx.json must sit beside it).")
        key = key_for(Path(name))
        return _download(source, key, find(key, entries), store, progress, cancel, session)
    path = Path(source).expanduser()
    if path.suffix == ".onnx" or path.exists():
        return store.install_file(path, find(key_for(path), entries) if path.suffix == ".onnx" else None)
    entry = find(source, entries)
    if entry is None:
        names = ", ".join(e.key for e in entries)
        raise VoicePackError(f"{source} is neither a voice of the catalogue ({names}), an https URL nor a "
                             ".onnx file: check the name.")
    return _download(entry.url, entry.key, entry, store, progress, cancel, session)


def _download(url: str, key: str, entry: CatalogueEntry | None, store: VoiceStore,
              progress: Callable[[Progress], None] | None, cancel: threading.Event | None,
              session: requests.Session | None) -> InstalledVoice:
    store.staging.mkdir(parents=True, exist_ok=True)
    part = store.staging / f"{key}.onnx.part"  # a stable name: the next run resumes it
    config_part = store.staging / f"{key}.onnx.json.part"
    try:
        download(url + ".json", config_part, session=session, cancel=cancel)
        if config_part.stat().st_size > CONFIG_LIMIT:
            raise VoicePackError(f"{url}.json is not a voice configuration: check the address.")
        download(url, part, expected=entry.bytes if entry else None, progress=progress, cancel=cancel,
                 session=session)
    except BaseException:
        config_part.unlink(missing_ok=True)  # a few KB, fetched again next time; the model's .part stays
        raise
    staged = store.new_staging_folder()
    try:
        shutil.move(part, staged / f"{key}.onnx")
        shutil.move(config_part, staged / f"{key}.onnx.json")
        return store.install_staged(staged, key, source=url, entry=entry)
    except OSError as error:
        raise DownloadError(f"The voice could not be installed into {store.root}: "
                            f"{error.strerror or error}; free some space and install again.", code=VOICE_NOT_WRITTEN,
                            params=write_params(error, step="install", folder=str(store.root))) from None
    finally:
        shutil.rmtree(staged, ignore_errors=True)
        config_part.unlink(missing_ok=True)


def checksum_note(voice: InstalledVoice) -> str:
    """What was checked, in one sentence."""
    if voice.sha256_checked:
        return f"Checksum verified (sha256 {voice.sha256[:12]}…)."
    if voice.md5_checked:
        return (f"Checksum verified against the publisher's md5; the sha256 computed here was recorded "
                f"({voice.sha256}).")
    return (f"No published sha256 for this voice: its size was checked and the sha256 computed here was "
            f"recorded ({voice.sha256}).")


def is_download_error(error: BaseException) -> bool:
    return isinstance(error, (DownloadError, VoicePackError))
