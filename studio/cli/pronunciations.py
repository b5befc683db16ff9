"""`--pronunciations FILE.pls` for estimate and render: the dictionary, and what it changed.

The JSON block says which lines the dictionary changes (so a script can check a name is caught) and,
for ElevenLabs, which remote dictionary version the requests named.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from studio.cli.common import CliError, say
from studio.core.clip_spec import DICTIONARY_PROVIDERS, RenderSettings
from studio.core.cues import Cue
from studio.core.pls import read_pls
from studio.core.pronunciation import PronunciationDictionary, PronunciationError


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pronunciations", metavar="FILE.pls",
                        help="pronunciation lexicon (W3C PLS): words said with an alias or phonemes")


def load(args: argparse.Namespace) -> PronunciationDictionary:
    path = getattr(args, "pronunciations", None)
    if not path:
        return PronunciationDictionary()
    try:
        return read_pls(path)
    except PronunciationError as err:
        raise CliError(f"--pronunciations {path}: {err}") from None


def dictionary_name(args: argparse.Namespace) -> str:
    """The remote dictionary's name (ElevenLabs): the lexicon's file name, so each file keeps its own."""
    return Path(args.pronunciations).stem if getattr(args, "pronunciations", None) else ""


def report(args: argparse.Namespace, cues: Sequence[Cue], settings: RenderSettings,
           provider: object = None) -> dict[str, Any] | None:
    """The JSON block: file, rules, changed lines (1-based) with what is said, and the remote locator."""
    if not getattr(args, "pronunciations", None):
        return None
    changed = []
    for index, cue in enumerate(cues, start=1):
        said = settings.pronounced(cue)
        if said is not None:
            changed.append({"index": index, "said": said})
    listed = ", ".join(str(c["index"]) for c in changed[:20]) + (" …" if len(changed) > 20 else "")
    say(f"pronunciations: {len(settings.pronunciations.rules)} rule(s) from {args.pronunciations} change "
        f"{len(changed)} line(s)" + (f": {listed}" if changed else ""))
    sync = getattr(provider, "dictionaries", None)
    locator = None
    if sync is not None and settings.pronunciations:
        locator = sync.last_locator
    return {"file": str(args.pronunciations), "rules": len(settings.pronunciations.rules),
            "applied_by": "provider" if settings.provider in DICTIONARY_PROVIDERS else "text",
            "lines_changed": changed, "locator": locator}
