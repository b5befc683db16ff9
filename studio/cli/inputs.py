"""What `estimate` and `render` read: an SRT, or a project (.dubproj) and the SRT it names.

The project's per-line voices, speeds, alternative texts and seeds, its per-voice settings and its
pronunciations are applied exactly as the window applies them (studio.core.project.apply_to_cues,
voice_setups_of), so every line has the same clip key in both: a line rendered in the window is
`cached` in the CLI. A plain SRT with the window's companion project beside it (film.dubproj next to
film.srt) gets it too, as in the window. The project's provider, voice and model are the defaults; an
option given on the command line wins.

`--reseed LINES` is the CLI's "Re-render With a New Seed": those lines get a new seed (ElevenLabs), so
the plan, the estimate and the spend guard count them at their usual cost, and the seeds of the takes
rendered are saved in the project (the companion of an SRT is written when there is none), as the window
saves them, so that the next render and the window use the new takes.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from studio.cli.common import CliError, say
from studio.core.cache_usage import MB
from studio.core.clip_spec import SEED_PROVIDERS, RenderSettings
from studio.core.cue_seeds import new_seed
from studio.core.derived_sweep import DERIVED_LIMIT_BYTES
from studio.core.document import Document
from studio.core.project import SUFFIX as PROJECT_SUFFIX
from studio.core.project import (Project, ProjectError, apply_to_cues, companion_path, load_project, save_project,
                                 voice_setups_of)
from studio.core.speech import SpeechOptions
from studio.core.srt_file import SubtitleError, load_srt

PROVIDERS = ("offline", "elevenlabs", "narakeet")


class GivenProvider(argparse.Action):
    """--provider, remembering that it was given: otherwise a project's own provider is the default."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        setattr(namespace, self.dest, values)
        namespace.provider_given = True


def add_reseed_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reseed", metavar="LINES",
                        help="render these lines again as a new take with a new seed (ElevenLabs), at each "
                             "line's cost, e.g. 12,40-42; the seeds are saved in the project")


def load_document(args: argparse.Namespace) -> Document:
    """The subtitles of args.srt (an SRT or a .dubproj) with the project applied and --reseed's new seeds;
    sets args.project and args.project_path (None, None without one), the provider, voice and model the
    project chose, and args.seeds ({line: new seed})."""
    path = Path(args.srt)
    try:
        if path.suffix.lower() == PROJECT_SUFFIX:
            project, project_path = load_project(path), path
            if project.srt_path is None:
                raise CliError(f"{path.name} names no subtitle file: open it in the window and save it with "
                               "its subtitles, or give the .srt file.")
            document = load_srt(project.srt_path)
        else:
            document = load_srt(path)
            project, project_path = _companion(path)
    except (SubtitleError, ProjectError) as err:
        raise CliError(str(err)) from None
    args.project, args.project_path = project, project_path
    if project is not None:
        apply_to_cues(document.cues, project)
        if not getattr(args, "provider_given", False) and project.provider in PROVIDERS:
            args.provider = project.provider
        if project.provider == args.provider:
            args.voice = args.voice or project.voice
            args.model = args.model or project.model
        say(f"using {project_path.name}: its per-line voices, speeds, alternative texts and seeds"
            + (", and its pronunciations" if project.pronunciations else ""))
    args.seeds = reseed(args, document)
    return document


def _companion(srt: Path) -> tuple[Project | None, Path | None]:
    """The window's project beside a plain SRT, when it belongs to it (a broken one is said, not used)."""
    path = companion_path(srt)
    if not path.is_file():
        return None, None
    try:
        project = load_project(path)
    except ProjectError as err:
        say(f"warning: {path.name} was not used: {err}")
        return None, None
    if project.srt_path is not None and project.srt_path.resolve() != srt.resolve():
        say(f"warning: {path.name} belongs to another subtitle file: it was not used.")
        return None, None
    project.srt_path = srt
    return project, path


def project_settings(args: argparse.Namespace, settings: RenderSettings) -> RenderSettings:
    """settings with the project's voice settings and pronunciations, as the window builds them
    (--pronunciations FILE.pls replaces the project's dictionary)."""
    project: Project | None = getattr(args, "project", None)
    if project is None:
        return settings
    setups = voice_setups_of(project) if project.provider == settings.provider else {}
    pronunciations = settings.pronunciations
    if not getattr(args, "pronunciations", None) and project.pronunciations:
        # Named after the subtitles, as in the window: ElevenLabs keeps one remote dictionary per name.
        name = Path(project.srt_path).stem if project.srt_path else ""
        pronunciations = dataclasses.replace(project.pronunciations, name=name)
    return dataclasses.replace(settings, voice_setups=setups, pronunciations=pronunciations)


def policies(args: argparse.Namespace, count: int) -> dict[int, str]:
    """The project's per-line overflow policies for build_track (0-based, lines that exist), as the
    window assembles the dub; --overflow stays the policy of every other line."""
    project: Project | None = getattr(args, "project", None)
    kept = project.overflow_policies if project is not None else {}
    return {number - 1: policy for number, policy in kept.items() if 1 <= number <= count}


def parse_lines(text: str, count: int) -> list[int]:
    """"12,40-42" -> [12, 40, 41, 42] (1-based, each once, in order); CliError for anything else."""
    lines: set[int] = set()
    for part in text.replace(" ", "").split(","):
        first, _, last = part.partition("-")
        try:
            low, high = int(first), int(last or first)
        except ValueError:
            raise CliError(f"--reseed {text}: give line numbers and ranges, e.g. 12,40-42.") from None
        if not 1 <= low <= high <= count:
            raise CliError(f"--reseed {text}: {part} is not a range of lines of this file (1 to {count}).")
        lines.update(range(low, high + 1))
    return sorted(lines)


def reseed(args: argparse.Namespace, document: Document) -> dict[int, int]:
    """Give the --reseed lines a new seed (never their current one); returns {line: new seed}."""
    if not getattr(args, "reseed", None):
        return {}
    if args.provider not in SEED_PROVIDERS:
        raise CliError(f"--reseed needs a provider that takes a seed (ElevenLabs), not {args.provider}.")
    seeds: dict[int, int] = {}
    for number in parse_lines(args.reseed, len(document.cues)):
        cue = document.cues[number - 1]
        if cue.spoken_with(SpeechOptions()).silent:
            raise CliError(f"--reseed: line {number} has nothing to say, so it has no take to render again.")
        seeds[number] = new_seed(cue.seed)
        document.cues[number - 1] = cue.with_seed(seeds[number])
    return seeds


def report_seeds(out: dict[str, Any], seeds: dict[int, int]) -> None:
    """The estimate's JSON: which lines would be rendered again, with which seed (nothing is saved)."""
    if seeds:
        out["reseeded"] = [{"index": number, "seed": seed, "kept": False} for number, seed in seeds.items()]


def keep_seeds(args: argparse.Namespace, seeds: dict[int, int], out: dict[str, Any],
               settings: RenderSettings) -> None:
    """The render's JSON says which lines got a new take, and the seeds of the takes now in the cache are
    saved in the project; a line that failed keeps its old seed (and its old take)."""
    if not seeds:
        return
    status = {line["index"]: line["status"] for line in out["lines"]}
    kept = {number: seed for number, seed in seeds.items()
            if status.get(number) in ("rendered", "recovered", "cached")}
    out["reseeded"] = [{"index": number, "seed": seed, "kept": number in kept} for number, seed in seeds.items()]
    out["project_saved"] = _save_seeds(args, kept, settings) if kept else None


def _save_seeds(args: argparse.Namespace, seeds: dict[int, int], settings: RenderSettings) -> str | None:
    """Write the seeds into the project (or the SRT's companion); the path, or None when it cannot be
    written: then the user is told the seeds, and the render goes on (the new takes are in the cache)."""
    project: Project | None = args.project
    target: Path | None = args.project_path
    if project is None or target is None:
        # As the window does on saving: the seeds go into the subtitles' companion project.
        srt = Path(args.srt)
        project = Project(srt_path=srt.resolve(), provider=settings.provider, voice=settings.voice,
                          model=settings.model)
        target = companion_path(srt)
    project.cue_seeds = {**project.cue_seeds, **seeds}
    try:
        save_project(project, target)
    except ProjectError as err:
        listed = ", ".join(f"line {number}: {seed}" for number, seed in seeds.items())
        say(f"warning: {err} The new takes are in the clip cache; keep their seeds ({listed}) in cue_seeds.")
        return None
    say(f"saved the new seeds of {len(seeds)} line(s) in {target.name}")
    return str(target)


def add_derived_limit_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--derived-limit-mb", type=_megabytes, default=DERIVED_LIMIT_BYTES // MB, metavar="MB",
                        help="keep the cache's rebuildable copies (decoded and fitted clips) under this many MB "
                             f"(1 MB = 1024² bytes; default {DERIVED_LIMIT_BYTES // MB}); paid clips are never "
                             "removed")


def derived_limit_bytes(args: argparse.Namespace) -> int:
    return getattr(args, "derived_limit_mb", DERIVED_LIMIT_BYTES // MB) * MB


def _megabytes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in MB: give a whole number, 0 or more")
    return value
