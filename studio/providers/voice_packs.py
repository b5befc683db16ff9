"""Installed natural voices: one folder per voice in the per-user data folder, never in the package.

    <data>/dubbing-studio/voices/fr_FR-siwis-medium/
        fr_FR-siwis-medium.onnx, fr_FR-siwis-medium.onnx.json, voice.json (where it came from, its sha256)

A voice is assembled in a staging folder beside `voices/` and renamed into place whole, so the voices
folder never holds half a voice (a crash, a full disk or a cancel leave nothing there).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from studio.core.clip_cache import APP_DIR
from studio.core.coded_error import VOICE_NOT_WRITTEN, VOICE_REFUSED, CodedError, write_params
from studio.providers import piper_voice
from studio.providers.piper_voice import PiperConfig, VoiceFileError
from studio.providers.voice_catalogue import ENGINE, CatalogueEntry

META = "voice.json"
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")


class VoicePackError(CodedError):
    """A voice cannot be installed or removed; the message says what to do."""


@dataclass(frozen=True)
class InstalledVoice:
    key: str
    name: str
    language: str | None          # "fr-FR"
    gender: str | None
    quality: str | None
    licence: str | None           # None: installed from a file, licence unknown
    bytes: int                    # the model's size on disk
    sha256: str                   # of the model, computed when it was installed
    sha256_checked: bool          # True when it matched a published sha256
    source: str                   # catalogue URL, URL or local path it came from
    folder: str = ""
    md5_checked: bool = False     # True when, with no sha256 published, it matched the published md5

    @property
    def checksum_checked(self) -> bool:
        return self.sha256_checked or self.md5_checked

    @property
    def voice_id(self) -> str:
        return f"{ENGINE}:{self.key}"

    @property
    def model(self) -> Path:
        return Path(self.folder) / f"{self.key}.onnx"


def default_voices_dir() -> Path:
    """The per-user data folder's voices/ on this platform (voices are data, not a cache)."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_DIR / "voices"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR / "voices"
    base = os.environ.get("XDG_DATA_HOME")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".local" / "share"
    return root / APP_DIR / "voices"


def digests_of(path: Path) -> tuple[str, str]:
    """The file's sha256 and md5, read once (63 MB: reading it twice would double the wait)."""
    sha256, md5 = hashlib.sha256(), hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha256.update(block)
            md5.update(block)
    return sha256.hexdigest(), md5.hexdigest()


def _refuse_mismatch(name: str, algorithm: str, found: str, published: str) -> VoicePackError:
    return VoicePackError(f"{name} does not match its published checksum ({algorithm} {found[:12]}… instead of "
                          f"{published[:12]}…): it was not installed; download it again.", code=VOICE_REFUSED,
                          params={"reason": "checksum", "name": name, "algorithm": algorithm,
                                  "found": found[:12], "published": published[:12]})


def key_for(model: Path) -> str:
    key = model.name.removesuffix(".onnx")
    if not key or not set(key) <= _KEY_CHARS or key.startswith("."):
        raise VoicePackError(f"{model.name}: rename the voice file to letters, digits, '-' or '_' only.")
    return key


class VoiceStore:
    """The installed voices in one folder. Safe for one writer at a time (installs run one by one)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else default_voices_dir()

    @property
    def staging(self) -> Path:
        """Where downloads and half-assembled voices wait: beside voices/, on the same disk."""
        return self.root.parent / "voice-downloads"

    def installed(self) -> list[InstalledVoice]:
        found = []
        if not self.root.is_dir():
            return found
        for folder in sorted(self.root.iterdir()):
            voice = self._read(folder)
            if voice is not None:
                found.append(voice)
        return found

    def get(self, key_or_id: str) -> InstalledVoice | None:
        key = key_or_id.removeprefix(f"{ENGINE}:")
        if not key or not set(key) <= _KEY_CHARS or key.startswith("."):
            return None
        return self._read(self.root / key)

    def _read(self, folder: Path) -> InstalledVoice | None:
        try:
            data = json.loads((folder / META).read_text(encoding="utf-8"))
            voice = InstalledVoice(**{**data, "folder": str(folder)})
        except (OSError, ValueError, TypeError):
            return None  # not a voice folder (or a damaged one): not listed, never used
        return voice if voice.model.is_file() and Path(f"{voice.model}.json").is_file() else None

    def new_staging_folder(self) -> Path:
        self.staging.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix="voice-", dir=self.staging))

    def commit(self, staged: Path, key: str, meta: InstalledVoice) -> InstalledVoice:
        """Move a staged folder (model, config) into voices/ as key, replacing an older copy."""
        (staged / META).write_text(json.dumps({k: v for k, v in asdict(meta).items() if k != "folder"},
                                              indent=1), encoding="utf-8")
        self.root.mkdir(parents=True, exist_ok=True)
        target = self.root / key
        old = None
        if target.exists():
            old = self.staging / f"old-{key}-{os.getpid()}"
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
            piper_voice.forget(target / f"{key}.onnx")
        os.replace(staged, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        installed = self._read(target)
        assert installed is not None  # written just above
        return installed

    def remove(self, key_or_id: str) -> int:
        """Delete an installed voice; returns the bytes freed."""
        voice = self.get(key_or_id)
        if voice is None:
            raise VoicePackError(f"No installed voice is called {key_or_id}: see `voices --provider offline`.")
        folder = Path(voice.folder)
        freed = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        piper_voice.forget(voice.model)
        shutil.rmtree(folder)
        return freed

    def install_staged(self, staged: Path, key: str, *, source: str, entry: CatalogueEntry | None) -> InstalledVoice:
        """Check a staged model and config are a Piper voice (and match the catalogue's checksums), then
        commit them. A published sha256 is checked; without one, the publisher's md5."""
        model = staged / f"{key}.onnx"
        if entry is not None:
            _check_config(Path(f"{model}.json"), entry)
        try:
            config = PiperConfig.read(Path(f"{model}.json"))
        except VoiceFileError as error:
            raise VoicePackError(f"{key}.onnx.json: {error}; use the .onnx.json published with the voice.") from None
        digest, md5 = digests_of(model)
        if entry is not None and entry.sha256 and digest != entry.sha256:
            raise _refuse_mismatch(model.name, "sha256", digest, entry.sha256)
        md5_checked = bool(entry and not entry.sha256 and entry.md5)
        if entry is not None and md5_checked and md5 != entry.md5:
            raise _refuse_mismatch(model.name, "md5", md5, entry.md5)
        language = (entry.language if entry else None) or (config.language or "").replace("_", "-") or None
        meta = InstalledVoice(key=key, name=entry.name if entry else key, language=language,
                              gender=entry.gender if entry else None,
                              quality=(entry.quality if entry else None) or config.quality,
                              licence=entry.licence if entry else None, bytes=model.stat().st_size,
                              sha256=digest, sha256_checked=bool(entry and entry.sha256), source=source,
                              md5_checked=md5_checked)
        return self.commit(staged, key, meta)

    def install_file(self, model: Path, entry: CatalogueEntry | None = None) -> InstalledVoice:
        """Install from a local .onnx with its .onnx.json beside it (offline machines)."""
        model = Path(model)
        config = Path(f"{model}.json")
        if model.suffix != ".onnx" or not model.is_file():
            raise VoicePackError(f"{model} is not a .onnx voice file: give the path of the voice's .onnx.")
        if not config.is_file():
            raise VoicePackError(f"{config.name} was not found beside {model.name}: put the voice's "
                                 ".onnx.json next to it.")
        key = key_for(model)
        staged = self.new_staging_folder()
        try:
            shutil.copyfile(model, staged / f"{key}.onnx")
            shutil.copyfile(config, staged / f"{key}.onnx.json")
            return self.install_staged(staged, key, source=str(model.resolve()), entry=entry)
        except OSError as error:
            raise VoicePackError(f"The voice could not be copied into {self.root}: {error.strerror or error}; "
                                 "free some space or check the folder's permissions.", code=VOICE_NOT_WRITTEN,
                                 params=write_params(error, step="copy", folder=str(self.root))) from None
        finally:
            shutil.rmtree(staged, ignore_errors=True)


def _check_config(config: Path, entry: CatalogueEntry) -> None:
    """The .onnx.json against its published size and md5 (when the catalogue lists them)."""
    data = config.read_bytes() if config.is_file() else b""
    if entry.config_bytes is not None and len(data) != entry.config_bytes:
        raise VoicePackError(f"{config.name} is {len(data)} bytes where the catalogue says {entry.config_bytes}: "
                             "it was not installed; download it again.")
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    if entry.config_md5 and md5 != entry.config_md5:
        raise _refuse_mismatch(config.name, "md5", md5, entry.config_md5)
