"""dubbing-studio-cli: the parser, the `check` command and the exit-code contract (see CLI.md)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from studio import __version__
import studio.cli.accounts as cli_accounts
import studio.cli.inputs as cli_inputs
import studio.cli.jobs as cli_jobs
import studio.cli.render as cli_render
import studio.cli.voices as cli_voices
from studio.cli.common import EXIT_BAD_INPUT, EXIT_CANCELLED, EXIT_OK, CliError
from studio.core.cues import ERROR
from studio.core.document import Document
from studio.core.project import SUFFIX as PROJECT_SUFFIX
from studio.core.project import ProjectError, load_project
from studio.core.srt_file import SubtitleError, load_srt

_NEWLINE_NAMES = {"\n": "lf", "\r\n": "crlf", "\r": "cr"}


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--provider", choices=("offline", "elevenlabs", "narakeet"), default="offline",
                        action=cli_inputs.GivenProvider,
                        help="text-to-speech provider (default: offline, needs no account; for a project: its own)")
    common.add_argument("--base-url", help="API root of an HTTP provider")
    common.add_argument("--cache-dir", help="clip cache folder (default: the per-user cache folder)")
    common.add_argument("--json", action="store_true",
                        help="print one JSON object on stdout; messages go to stderr")

    parser = argparse.ArgumentParser(prog="dubbing-studio-cli",
                                     description="Dubbing Studio without a window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", parents=[common],
                                help="load and validate a subtitle file without changing it")
    check.add_argument("srt", metavar="SRT", help="a subtitle file, or a project file (the subtitles it names)")
    check.add_argument("--encoding", help="read the file in this encoding (cp1250, iso8859-2, ...) instead "
                                          "of detecting it")
    check.set_defaults(run=run_check)
    cli_accounts.add_commands(commands, common)
    cli_jobs.add_commands(commands, common)
    cli_render.add_command(commands, common)
    cli_voices.add_commands(commands, common)
    return parser


def run_check(args: argparse.Namespace) -> tuple[dict[str, Any], int]:
    doc = _load(args.srt, args.encoding)
    problems = doc.problems()
    result = {
        "file": args.srt,
        "encoding": doc.encoding,
        "bom": doc.bom,
        "newline": _NEWLINE_NAMES[doc.newline],
        "cues": len(doc.cues),
        "duration_ms": doc.duration_ms(),
        "problems": [p.as_json() for p in problems],
        "lines": [_line_json(i, cue) for i, cue in enumerate(doc.cues, start=1)],
    }
    if not args.json:
        _say(f"{args.srt}: {len(doc.cues)} cues, ends at {_clock(doc.duration_ms())}, "
             f"{doc.encoding}{' with BOM' if doc.bom else ''}, {len(problems)} problem(s)", sys.stdout)
        for p in problems:
            where = f"line {p.line}" if p.line else "file"
            _say(f"  {where}: {p.severity}: {p.kind}: {p.message}", sys.stdout)
    # Scripts gate on the exit code: a line that cannot be placed in time is an error, the rest warn.
    return result, EXIT_BAD_INPUT if any(p.severity == ERROR for p in problems) else EXIT_OK


def _line_json(index: int, cue) -> dict[str, Any]:
    speech = cue.speech
    return {"index": index, "start_ms": cue.start_ms, "end_ms": cue.end_ms, "text": cue.text,
            "speak": speech.text, "speaker": speech.speaker, "file_line": cue.source_line}


def _load(path: str, encoding: str | None = None) -> Document:
    """The subtitles of an SRT, or of the SRT a .dubproj names; bad input is exit 2 with its message."""
    try:
        if path.lower().endswith(PROJECT_SUFFIX):
            srt = load_project(path).srt_path
            if srt is None:
                raise CliError(f"{os.path.basename(path)} names no subtitle file: check the .srt file instead.")
            return load_srt(srt, encoding)
        return load_srt(path, encoding)
    except (SubtitleError, ProjectError) as err:
        raise CliError(str(err)) from None


def _clock(ms: int) -> str:
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _say(message: str, stream=None) -> None:
    print(message, file=stream or sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code of the contract."""
    args = build_parser().parse_args(argv)
    if args.json:
        # JSON carries the subtitles' own text: make it UTF-8 whatever the console's code page.
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    run: Callable[[argparse.Namespace], tuple[dict[str, Any], int]] = args.run
    try:
        result, code = run(args)
    except BrokenPipeError:
        return _closed_pipe()
    except CliError as err:
        _say(f"error: {err}")
        if args.json:
            print(json.dumps({"error": {"kind": err.kind, "message": str(err)}}, ensure_ascii=False))
        return err.exit_code
    except KeyboardInterrupt:
        _say("cancelled")
        return EXIT_CANCELLED
    try:
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        sys.stdout.flush()
    except BrokenPipeError:
        return _closed_pipe()
    return code


def _closed_pipe() -> int:
    """`... | head` closed stdout: not an error of ours. Point stdout at devnull so the interpreter's
    final flush prints no traceback either."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK

