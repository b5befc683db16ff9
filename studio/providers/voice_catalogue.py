"""The natural offline voices the app knows how to install: `resources/voices/catalogue.json`.

It ships with the app (no network needed to list what could be installed). A mirror or an offline
machine can point the app at another catalogue with DUBBING_STUDIO_VOICE_CATALOGUE (a JSON file in
the same shape), which is also how the tests serve voices from a loopback server.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from studio import paths

CATALOGUE_ENV = "DUBBING_STUDIO_VOICE_CATALOGUE"
ENGINE = "piper"  # the neural engine's name in voice ids ("piper:fr_FR-siwis-medium") and the CLI


class CatalogueError(Exception):
    """The catalogue file is missing or malformed."""


@dataclass(frozen=True)
class CatalogueEntry:
    key: str                 # "fr_FR-siwis-medium": also the model's file name without .onnx
    name: str                # "Siwis"
    language: str            # "fr-FR"
    gender: str | None
    quality: str | None      # "x_low" | "low" | "medium" | "high"
    bytes: int | None        # the .onnx's size; None when unknown
    sha256: str | None       # None when unknown: the installer records the one it computes
    licence: str             # SPDX id of the voice's licence
    licence_note: str
    url: str                 # the .onnx; its config is url + ".json"
    card: str | None = None  # the voice's model card
    sample: str | None = None  # a published recording of the voice (the picker's Preview before installing)
    # The publisher's own index (rhasspy/piper-voices voices.json) lists an md5 per file, no sha256: the
    # installer checks it when no sha256 is known, and the config's size and md5 always when listed.
    md5: str | None = None
    config_bytes: int | None = None
    config_md5: str | None = None

    @property
    def voice_id(self) -> str:
        return f"{ENGINE}:{self.key}"

    @property
    def config_url(self) -> str:
        return self.url + ".json"


def catalogue_path() -> Path:
    override = os.environ.get(CATALOGUE_ENV, "").strip()
    return Path(override) if override else paths.resources_dir() / "voices" / "catalogue.json"


def load_catalogue(path: Path | None = None) -> list[CatalogueEntry]:
    source = path or catalogue_path()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        return [CatalogueEntry(key=str(v["key"]), name=str(v["name"]), language=str(v["language"]),
                               gender=v.get("gender"), quality=v.get("quality"),
                               bytes=int(v["bytes"]) if v.get("bytes") is not None else None,
                               sha256=_digest(v.get("sha256")),
                               licence=str(v["licence"]), licence_note=str(v.get("licence_note", "")),
                               url=str(v["url"]), card=v.get("card"), sample=v.get("sample"),
                               md5=_digest(v.get("md5")), config_md5=_digest(v.get("config_md5")),
                               config_bytes=int(v["config_bytes"]) if v.get("config_bytes") is not None else None)
                for v in data["voices"]]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CatalogueError(f"The voice catalogue {source} cannot be read ({error}): reinstall the app.") from None


def _digest(value: object) -> str | None:
    return str(value).lower() if value else None


def find(key_or_id: str, entries: list[CatalogueEntry] | None = None) -> CatalogueEntry | None:
    """The entry named by its key ("fr_FR-siwis-medium") or voice id ("piper:fr_FR-siwis-medium")."""
    key = key_or_id.removeprefix(f"{ENGINE}:")
    return next((e for e in (entries if entries is not None else load_catalogue()) if e.key == key), None)


def suggested_french(entries: list[CatalogueEntry] | None = None) -> CatalogueEntry | None:
    """The natural French voice the welcome screen offers: the first French one of known size."""
    found = entries if entries is not None else load_catalogue()
    return next((e for e in found if e.language.lower().startswith("fr") and e.bytes), None)
