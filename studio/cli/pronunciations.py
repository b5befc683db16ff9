"""`--pronunciations FILE.pls` for estimate and render: the dictionary, and what it changed.

The JSON block says which dictionary was used (the file given, or else the rendered project's own),
which lines it changes (so a script can check a name is caught) and, for ElevenLabs, which remote
dictionary version the requests named.
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
from studio.core.pronunciation import PronunciationDictionary, PronunciationError, rule_from_key
from studio.providers.phoneme_check import PhonemeCheck


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


def source(args: argparse.Namespace) -> tuple[str, str] | None:
    """("file" | "project", its path) of the dictionary the render uses: --pronunciations replaces the
    project's own (studio.cli.inputs.project_settings), which is used otherwise."""
    if getattr(args, "pronunciations", None):
        return "file", str(args.pronunciations)
    project = getattr(args, "project", None)
    if project is not None and project.pronunciations and getattr(args, "project_path", None):
        return "project", str(args.project_path)
    return None


def report(args: argparse.Namespace, cues: Sequence[Cue], settings: RenderSettings,
           provider: object = None) -> dict[str, Any] | None:
    """The JSON block: where the dictionary came from, rules, changed lines (1-based) with what is said,
    the lines whose voice cannot say a phoneme rule that matches them, the remote locator."""
    used = source(args)
    if used is None or not settings.pronunciations:
        return None
    changed: list[dict[str, Any]] = []
    ignored: list[int] = []
    for index, cue in enumerate(cues, start=1):
        said = settings.pronounced(cue)
        if said is not None:
            changed.append({"index": index, "said": said})
        if not settings.honours_phonemes(cue) and settings.pronunciations.phoneme_rules.matches(
                settings.speech_text(cue)):
            ignored.append(index)
    say(f"pronunciations: {len(settings.pronunciations.rules)} rule(s) from {used[1]} change "
        f"{len(changed)} line(s)" + (f": {_listed([c['index'] for c in changed])}" if changed else ""))
    if ignored:
        say(f"pronunciations: the voice of {len(ignored)} line(s) reads aliases only, so their phoneme rules "
            f"are not said (give those words an alias, or use a natural voice): {_listed(ignored)}")
    sync = getattr(provider, "dictionaries", None)
    locator = None
    if sync is not None and settings.pronunciations:
        locator = sync.last_locator
    return {"file": used[1], "source": used[0], "rules": len(settings.pronunciations.rules),
            "applied_by": "provider" if settings.provider in DICTIONARY_PROVIDERS else "text",
            "lines_changed": changed, "phonemes_ignored": ignored, "locator": locator}


def phoneme_problems(cues: Sequence[Cue], settings: RenderSettings,
                     check: PhonemeCheck | None = None) -> list[dict[str, Any]]:
    """The lines a natural offline voice would fail for a phoneme rule it cannot say, as `check`'s
    problems: the rules each line's clip would name, checked as the render checks them."""
    if settings.provider != "offline" or not settings.pronunciations.phoneme_rules:
        return []
    check = check or PhonemeCheck()
    problems = []
    for index, cue in enumerate(cues, start=1):
        spec = settings.spec_for(cue)
        if spec is None or not spec.pronunciations:
            continue
        rules = [rule_from_key(key) for key in spec.pronunciations if key[1] == "phoneme"]
        problems += [{"line": index, "kind": "phoneme_unknown", "severity": "error", "message": reason}
                     for reason in check.problems(spec.voice, rules)]
    for problem in problems[:20]:
        say(f"line {problem['line']} will fail: {problem['message']}")
    return problems


def _listed(indices: list[int]) -> str:
    return ", ".join(map(str, indices[:20])) + (" …" if len(indices) > 20 else "")
