"""`render`: the whole job headless. Guards first (voices, then money), then synthesis, then the dub.

Order matters: nothing reaches the provider before both guards pass. A library voice not in My Voices
is refused unless --allow-add-voice (then added explicitly, before any synthesis); a job over the
balance is refused, and a job into overage needs --yes. Ctrl+C cancels: queued lines are never sent,
finished clips stay in the cache, and the exit code is 130.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import studio.cli.inputs as cli_inputs
import studio.cli.pronunciations as cli_pronunciations
from studio.cli.accounts import open_provider, refused
from studio.cli.fit import report_fit
from studio.cli.job_run import render_lines
from studio.cli.speak_faster import speak_faster
from studio.cli.common import (EXIT_CANCELLED, EXIT_OK, EXIT_REFUSED, EXIT_SOME_FAILED, EXIT_WRITE_FAILED,
                               CliError, say)
from studio.cli.jobs import PRICE_UNKNOWN, add_voice_options, build_settings_and_tariff, read_balance
from studio.core.clip_cache import ClipCache, ClipCacheError, default_cache_dir
from studio.core.assemble import write_retimed_srt
from studio.core.cues import Cue
from studio.core.dub_pipeline import build_track, export_dub, mux_dub
from studio.core.export import ExportError
from studio.core.fit import FitSettings
from studio.core.languages import container_code, detect_language, find
from studio.core.mux import DuckSettings, MuxError, Tracks, dub_title, probe_media
from studio.core.clip_qa import QaVerdict, add_qa_fields, verdict_of
from studio.core.clip_spec import ClipSpec
from studio.core.recovery import RecoveryReport
from studio.core.render_job import CACHE_WRITE, CANCELLED, CACHED, DONE, FAILED, PROVIDER_FAILING, RECOVERED, JobResult
from studio.core.render_plan import plan_render
from studio.core.spend_guard import check_spend
from studio.providers import display_name
from studio.providers.base import ProviderError
from studio.providers.synthesis import recover
from studio.providers.voice_guard import check_voices, ensure_voices_added

Result = tuple[dict[str, Any], int]
OUTPUT_FORMATS = (".wav", ".mp3", ".m4a")


def add_command(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    render = commands.add_parser("render", parents=[common], help="render the lines and assemble the dub")
    render.add_argument("srt", metavar="SRT", help="a subtitle file, or a project file (.dubproj)")
    add_voice_options(render)
    render.add_argument("-o", "--output", metavar="OUT", help="the dub: .wav, .mp3 or .m4a")
    render.add_argument("--max-speed", type=float, default=1.25, help="fastest a clip may be sped up to fit")
    render.add_argument("--max-speed-step", type=float, default=0.0, metavar="STEP",
                        help="smooth the speed: at most this change between neighbouring lines (0: off)")
    render.add_argument("--overflow", choices=("overlap", "push"), default="overlap",
                        help="a clip that still does not fit: overlap the next line, or push later lines")
    render.add_argument("--concurrency", type=int, help="requests at once (default: the provider's limit)")
    render.add_argument("--allow-add-voice", action="store_true",
                        help="add a library voice to My Voices (takes a voice slot) before rendering")
    render.add_argument("--yes", action="store_true", help="agree to go into overage (usage-based billing)")
    render.add_argument("--accept-offers", action="store_true",
                        help="buy the offers: render stretched lines again, spoken faster by the voice (paid)")
    render.add_argument("--normalize", type=float, metavar="LUFS", help="loudness-normalise the dub (e.g. -16)")
    render.add_argument("--video", metavar="IN", help="video to dub")
    render.add_argument("--mux", metavar="OUT", help="dubbed video to write (.mp4 or .mkv)")
    render.add_argument("--mix", choices=("replace", "add", "duck"), default="replace",
                        help="replace the sound, add the dub as a track, or duck the original under it")
    render.add_argument("--language", metavar="CODE",
                        help="ISO 639 language of the dub track (fr, fra or fre; default: the subtitles' language)")
    render.add_argument("--duck-db", type=float, default=DuckSettings.duck_db, metavar="DB",
                        help=f"--mix duck: how far the original is lowered under speech (default {DuckSettings.duck_db:g})")
    render.add_argument("--duck-fade", type=int, nargs=2, metavar=("DOWN_MS", "UP_MS"),
                        default=(DuckSettings.fade_down_ms, DuckSettings.fade_up_ms),
                        help="--mix duck: fade down before a line and back up after it, in ms")
    render.add_argument("--subtitles", action="store_true",
                        help="put the subtitles into the video too (retimed to the dub, tagged with its language)")
    cli_inputs.add_derived_limit_option(render)
    render.add_argument("--track-title", metavar="TITLE",
                        help='the dub track\'s title (default, in English: "Dub – French – ElevenLabs Rachel")')
    render.set_defaults(run=run_render)


def _check_args(args: argparse.Namespace) -> None:
    if args.output and Path(args.output).suffix.lower() not in OUTPUT_FORMATS:
        raise CliError(f"-o {args.output}: the dub must be .wav, .mp3 or .m4a.")
    if (args.video is None) != (args.mux is None):
        raise CliError("--video and --mux go together: the video to dub and the file to write.")
    if args.video and not args.output:
        raise CliError("--mux needs -o: the dub is written first, then put into the video.")
    if args.video and not Path(args.video).is_file():
        raise CliError(f"{args.video} was not found: check the path.")
    if args.concurrency is not None and args.concurrency < 1:
        raise CliError("--concurrency must be at least 1.")
    if not 1.0 <= args.max_speed <= 4.0:
        raise CliError("--max-speed must be between 1.0 and 4.0.")
    if not 0.0 <= args.max_speed_step <= 1.0:
        raise CliError("--max-speed-step must be between 0 and 1, e.g. 0.05 (0 turns smoothing off).")
    if not -60.0 <= args.duck_db <= 0.0:
        raise CliError("--duck-db must be between -60 and 0 (dB), e.g. -15.")
    if args.track_title is not None and not args.track_title.strip():
        raise CliError("--track-title is empty: give the dub track's title, or leave the option out.")
    if not all(0 <= ms <= 5000 for ms in args.duck_fade):
        raise CliError("--duck-fade takes two durations between 0 and 5000 ms, e.g. 150 400.")
    try:
        container_code(args.language, "mp4")
    except ValueError as err:
        raise CliError(str(err)) from None


def run_render(args: argparse.Namespace) -> Result:
    _check_args(args)
    doc = cli_inputs.load_document(args)  # with --reseed's new seeds: planned and guarded like any line
    provider = open_provider(args)
    try:
        return _render(args, doc, provider)
    finally:
        provider.close()


def _render(args: argparse.Namespace, doc, provider) -> Result:  # noqa: ANN001
    settings, tariff, voice = build_settings_and_tariff(args, provider)
    root = Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    try:
        cache = ClipCache.open(root)
    except OSError as err:
        raise CliError(f"The clip cache {root} cannot be used: {err}") from None
    # Recover before paying: requests an interrupted run sent are fetched back (or reported).
    recovery = _recover(provider, cache, tariff.unit, [cue.text for cue in doc.cues])
    plan = plan_render(doc.cues, settings, cache, tariff)
    if not all(tariff.price_known(line.spec) for line in plan.lines):
        say(PRICE_UNKNOWN)

    # Guard 1: voices that would take a slot.
    voice_ids = plan.voices
    try:
        slots = check_voices(provider, voice_ids, library=[voice] if voice else [])
    except ProviderError as err:
        raise refused(err) from None
    if slots.paid_plan_required:  # a free account cannot use them at all: no slot, no request, no retry
        raise CliError(slots.message(), EXIT_REFUSED, "paid_plan_required")
    if not slots.ok and not args.allow_add_voice:
        raise CliError(slots.message() + " Run again with --allow-add-voice to add them (each takes a slot).",
                       EXIT_REFUSED, "voice_not_added")

    # Guard 2: money. Nothing has been sent yet.
    balance = read_balance(provider)
    check = check_spend(plan.estimated_total, unit=tariff.unit, remaining=balance.remaining if balance else None,
                        overage_allowed=balance.overage_allowed if balance else None)
    if check.refused or (check.needs_confirmation and not args.yes):
        raise CliError(check.message(), EXIT_REFUSED, check.verdict.value)

    if not slots.ok:
        outcome = ensure_voices_added(provider, slots.to_add, {v.id for v in slots.to_add})
        if outcome.failed or slots.unknown:
            reasons = list(outcome.failed.values()) + [f"{v}: unknown voice" for v in slots.unknown]
            raise CliError("; ".join(reasons), EXIT_REFUSED, "voice_not_added")
        say(f"Added to My Voices: {', '.join(v.name for v in slots.to_add)}.")

    result = render_lines(plan, provider, cache, settings, args, balance, paid=tariff.unit != "none")
    code = EXIT_OK
    stopped = result.stopped_by
    lines_json = _lines(doc, plan, result, _recovered_indexes(doc, settings, recovery))
    add_qa_fields(lines_json, lambda index: _verdict(cache, settings.spec_for(doc.cues[index - 1])))
    out: dict[str, Any] = {"output": None, "video": None, "language": None, "duration_ms": None, "requests": result.requests_sent,
                           "unit": tariff.unit, "cost_estimated": plan.estimated_total,
                           "cost_actual": result.actual_total, "cost_ledger": result.ledger.as_json(),
                           "timings": {"synth_s": round(result.elapsed_s, 3), "assemble_s": None,
                                       "export_s": None, "mux_s": None},
                           "stopped_by": None if stopped is None else {"kind": stopped.kind, "message": stopped.message},
                           "recovery": recovery.as_json(), "maybe_billed": result.maybe_billed,
                           "unsaved": result.unsaved, "rescued_to": result.rescued_to,
                           "lines": lines_json}
    cli_inputs.keep_seeds(args, args.seeds, out, settings)
    said = cli_pronunciations.report(args, doc.cues, settings, provider)
    if said is not None:
        out["pronunciations"] = said
    if result.ledger.off_by_more_than(0.05) and hasattr(provider, "refresh_models"):
        provider.refresh_models()
        say(f"note: the actual cost ({result.actual_total:g}) differs from the estimate "
            f"({result.ledger.estimated:g}) by more than 5 %; the model prices will be re-read next time.")
    if result.maybe_billed:
        say(f"note: {result.maybe_billed} request(s) got no answer and may have been billed by {args.provider}.")
    if stopped is not None:
        say(f"stopped: {stopped.message} Finished clips are kept: run the same command again to go on.")
        return out, _stop_code(stopped.kind)
    if args.output:
        cues = speak_faster(args, doc.cues, settings, cache, tariff, provider, _fit_settings(args), out)
        placements = _assemble(args, cues, settings, cache, out, voice.name if voice else settings.voice,
                               _speaker(args, provider, cache, settings))
        report_fit(out["lines"], cues, placements, settings, tariff, args.max_speed, cache.contains)
    if any(line["status"] == FAILED for line in lines_json):
        code = EXIT_SOME_FAILED
        for line in lines_json:
            if line["status"] == FAILED:
                say(f"line {line['index']}: {line['error']}")
    return out, code


def _verdict(cache: ClipCache, spec: ClipSpec | None) -> QaVerdict | None:
    return verdict_of(cache.meta(spec.key)) if spec is not None else None


def _recover(provider, cache: ClipCache, unit: str, texts: list[str]) -> RecoveryReport:  # noqa: ANN001
    if unit == "none":
        return RecoveryReport(provider.name)  # free: nothing was billed, nothing to recover
    try:
        report = recover(provider, cache, texts)  # texts: the clips fetched back are judged in their language
    except ClipCacheError as err:
        raise CliError(str(err), EXIT_WRITE_FAILED, "cache_write") from None
    except ProviderError as err:
        raise CliError(f"Interrupted requests of an earlier run could not be looked up in {provider.name}'s "
                       f"history ({err}). Nothing was sent, so nothing is paid twice: run again when the "
                       f"provider answers.", EXIT_REFUSED, "recovery_failed") from None
    message = report.message()
    if message:
        say(message)
    return report


def _stop_code(kind: str) -> int:
    return {CANCELLED: EXIT_CANCELLED, PROVIDER_FAILING: EXIT_SOME_FAILED,
            CACHE_WRITE: EXIT_WRITE_FAILED}.get(kind, EXIT_REFUSED)


def _speaker(args, provider, cache, settings):  # noqa: ANN001, ANN202
    """Renders the lines a natural offline voice speaks faster instead of stretching them (free; Ctrl+C cancels)."""
    return lambda plan: render_lines(plan, provider, cache, settings, args, None, paid=False)


def _assemble(args, cues, settings, cache, out: dict[str, Any], voice_name: str | None,  # noqa: ANN001
              speak_faster) -> list:  # noqa: ANN001
    fit = _fit_settings(args)
    try:
        # With a video the dub lasts at least as long as it (and the last line may borrow up to its end).
        film_end_ms = probe_media(args.video).duration_ms if args.video else None
        dub = build_track(cues, settings, cache, fit=fit, film_end_ms=film_end_ms, speak_faster=speak_faster,
                          policies=cli_inputs.policies(args, len(cues)),  # the project's, as in the window
                          derived_limit_bytes=cli_inputs.derived_limit_bytes(args))
        if dub.native_speeds:
            say(f"speaking {len(dub.native_speeds)} line(s) faster with the voice itself instead of stretching them")
        export_dub(dub, args.output, normalize_lufs=args.normalize)
        if args.video:
            language = _dub_language(args, cues)
            out["language"] = language
            with tempfile.TemporaryDirectory(prefix="studio-srt-") as work:
                subtitles = Path(work) / "subtitles.srt" if args.subtitles else None
                if subtitles is not None:
                    write_retimed_srt(subtitles, cues, dub.placements)
                voice_label = f"{display_name(args.provider)} {voice_name or ''}".strip()
                title = args.track_title or dub_title(language, voice_label, mixed=args.mix == "duck")
                mux_dub(dub, args.video, args.mux, args.mix, tracks=Tracks(language, title, subtitles=subtitles),
                        duck=DuckSettings(args.duck_db, *args.duck_fade), normalize_lufs=args.normalize,
                        progress=_percent(f"dubbing {Path(args.video).name}"))
    except ClipCacheError as err:
        raise CliError(str(err), EXIT_WRITE_FAILED, "write_failed") from None
    except (ExportError, MuxError) as err:
        if err.io:
            raise CliError(str(err), EXIT_WRITE_FAILED, "write_failed") from None
        raise CliError(str(err)) from None
    out["output"], out["duration_ms"] = str(dub.output), int(dub.track.duration_ms)
    out["video"] = str(dub.video_output) if dub.video_output else None
    out["timings"].update(assemble_s=round((dub.timings.get("decode_s") or 0) + (dub.timings.get("fit_s") or 0)
                                           + (dub.timings.get("assemble_s") or 0), 3),
                          export_s=dub.timings.get("export_s"), mux_s=dub.timings.get("mux_s"))
    by_index = {p.index: p for p in dub.placements}
    for line in out["lines"]:
        placement = by_index.get(line["index"])
        if placement is not None and placement.clip_ms:
            line.update(placed_ms=placement.placed_ms, clip_ms=placement.clip_ms, speed=round(placement.speed, 4),
                        overflow_ms=placement.overflow_ms)
        if line["index"] in dub.native_speeds:
            line["native_speed"] = dub.native_speeds[line["index"]]
    if not args.json:
        say(f"Wrote {dub.output} ({dub.track.duration_ms / 1000:.1f} s)" +
            (f" and {dub.video_output}" if dub.video_output else ""), sys.stdout)
    return dub.placements


def _fit_settings(args: argparse.Namespace) -> FitSettings:
    return FitSettings(max_speed=args.max_speed, overflow=args.overflow, max_speed_step=args.max_speed_step)


def _percent(what: str):  # noqa: ANN202
    """A progress callback saying "what: 40 %" on stderr at each tenth."""
    said = [-1]

    def report(fraction: float) -> None:
        tenth = int(fraction * 10)
        if tenth > said[0]:
            said[0] = tenth
            say(f"{what}: {tenth * 10} %")
    return report


def _dub_language(args: argparse.Namespace, cues: Sequence[Cue]) -> str | None:
    """--language as an ISO 639-2/T code, else the subtitles' detected language (None: untagged, said)."""
    if args.language:
        lang = find(args.language)
        return lang.terminology if lang else args.language.lower()
    found = detect_language(cue.text for cue in cues)
    if found is None:
        say("note: the subtitles' language could not be detected: the dub track is untagged (use --language).")
        return None
    return found.terminology


def _recovered_indexes(doc, settings, recovery: RecoveryReport) -> set[int]:  # noqa: ANN001
    """Lines whose clip this run fetched back from the provider's history."""
    keys = recovery.recovered_keys
    specs = ((index, settings.spec_for(cue)) for index, cue in enumerate(doc.cues, start=1)) if keys else ()
    return {index for index, spec in specs if spec is not None and spec.key in keys}


def _lines(doc, plan, result: JobResult, recovered: set[int]) -> list[dict[str, Any]]:  # noqa: ANN001
    outcomes = {line.index: line for line in result.lines}
    cached = set(plan.cached)
    lines = []
    for index, cue in enumerate(doc.cues, start=1):
        outcome = outcomes.get(index)
        if outcome is not None:
            status = {DONE: "rendered", CACHED: "cached", FAILED: "failed",
                      RECOVERED: "recovered"}.get(outcome.status, outcome.status)
            error = outcome.error
        elif index in cached:
            status, error = ("recovered" if index in recovered else "cached"), None
        else:
            status, error = "silent", None
        lines.append({"index": index, "status": status, "start_ms": cue.start_ms, "placed_ms": None,
                      "clip_ms": None, "speed": None, "overflow_ms": None, "fit": None, "error": error})
    return lines
