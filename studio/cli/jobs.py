"""The job commands of dubbing-studio-cli: `estimate` (and the render command built on the same steps).

Estimating sends no synthesis request: it reads the tariff (the models' multipliers), the balance and
the clip cache, and costs exactly the text each line would send.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import studio.cli.inputs as cli_inputs
import studio.cli.pronunciations as cli_pronunciations
from studio.cli.accounts import open_provider, refused
from studio.cli.common import EXIT_OK, CliError, say
from studio.cli.fit import add_forecast
from studio.core.clip_cache import ClipCache, default_cache_dir
from studio.core.clip_spec import TEXT_NORMALIZATION, RenderSettings
from studio.core.cost import Tariff
from studio.core.document import Document
from studio.core.estimate import Estimate, estimate_cues, never_cached
from studio.core.spend_guard import format_amount
from studio.core.srt_file import SubtitleError, load_srt
from studio.providers import offline
from studio.providers.base import Balance, Provider, ProviderError, Voice
from studio.providers.voice_packs import VoiceStore

Result = tuple[dict[str, Any], int]
# Pages walked looking for a voice by id (My Voices, then the library): bounded, the library is huge.
LIBRARY_PAGES = 10


def add_commands(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    estimate = commands.add_parser("estimate", parents=[common],
                                   help="what rendering an SRT would cost, line by line, before anything is sent")
    estimate.add_argument("srt", metavar="SRT", help="a subtitle file, or a project file (.dubproj)")
    add_voice_options(estimate)
    estimate.add_argument("--max-speed", type=float, default=1.25,
                          help="fastest a clip may be sped up to fit (for the fit forecast)")
    estimate.set_defaults(run=run_estimate)


def add_voice_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--voice", metavar="ID", help="voice id (see the `voices` command)")
    parser.add_argument("--model", metavar="M", help="model id (ElevenLabs; default: the provider's)")
    parser.add_argument("--text-normalization", choices=TEXT_NORMALIZATION, default="auto",
                        help="ElevenLabs apply_text_normalization (the website always normalises)")
    parser.add_argument("--no-context", action="store_true",
                        help="do not send neighbouring lines as context (ElevenLabs continuity)")
    cli_pronunciations.add_option(parser)
    cli_inputs.add_reseed_option(parser)  # a line's seed decides its clip, like its voice


def load_document(path: str) -> Document:
    try:
        return load_srt(path)
    except SubtitleError as err:
        raise CliError(str(err)) from None


def render_settings(args: argparse.Namespace, provider: Provider) -> RenderSettings:
    # Offline without --voice: a natural French voice when one is installed, else espeak-ng's.
    voice = args.voice or (offline.default_voice() if args.provider == "offline" else None)
    if args.provider == "offline" and offline.engine_of(voice) != offline.ESPEAK_ENGINE \
            and VoiceStore().get(voice) is None:
        raise CliError(f"The natural voice {voice} is not installed: run `dubbing-studio-cli voice-install "
                       f"{voice.split(':', 1)[-1]}` first, or pick an espeak-ng voice.")
    if not voice:
        raise CliError(f"--voice is required for {args.provider}: list voices with "
                       f"`dubbing-studio-cli voices --provider {args.provider}`.")
    model = args.model or getattr(provider, "default_model", None)
    audio_format = "wav" if args.provider == "offline" else "mp3"
    return cli_inputs.project_settings(args, RenderSettings(
        provider=args.provider, voice=voice, model=model, audio_format=audio_format,
        text_normalization=args.text_normalization, context=not args.no_context,
        pronunciations=cli_pronunciations.load(args)))


def find_voice(provider: Provider, voice_id: str) -> Voice | None:
    """The voice's details (custom rate, language, whether it is the user's), or None if unknown.

    My Voices first; then the shared library, which has no lookup by id: a search for the id, then a
    bounded walk through its pages (a library voice is needed by id to price it and to add it).
    """
    page = provider.voices()
    for _ in range(LIBRARY_PAGES):
        found = next((v for v in page.voices if v.id == voice_id), None)
        if found or not page.has_more or page.next_page is None:
            break
        page = provider.voices(page=page.next_page)
    else:
        found = None
    if found is not None:
        return found
    library = provider.voices(library=True, search=voice_id)
    for _ in range(LIBRARY_PAGES):
        found = next((v for v in library.voices if v.id == voice_id), None)
        if found is not None:
            return found
        if not library.has_more or library.next_page is None:
            break
        library = provider.voices(library=True, page=library.next_page)
    library = provider.voices(library=True)  # the search may not match ids: walk the listing
    for _ in range(LIBRARY_PAGES):
        found = next((v for v in library.voices if v.id == voice_id), None)
        if found is not None or not library.has_more or library.next_page is None:
            return found
        library = provider.voices(library=True, page=library.next_page)
    return None


def open_cache(args: argparse.Namespace) -> Callable[[str], bool]:
    """`is_cached(key)` over the clip cache (the default per-user folder unless --cache-dir)."""
    root = Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    if not root.exists():
        return never_cached  # estimating must not create folders
    try:
        return ClipCache.open(root).contains
    except OSError as err:
        say(f"warning: the clip cache {root} cannot be read ({err}); every line is costed.")
        return never_cached


def read_balance(provider: Provider) -> Balance | None:
    try:
        return provider.balance()
    except ProviderError as err:
        if err.stops_job:
            raise refused(err) from None
        say(f"warning: the balance could not be read ({err}).")
        return None


def build_settings_and_tariff(args: argparse.Namespace, provider: Provider
                              ) -> tuple[RenderSettings, Tariff, Voice | None]:
    """The render settings, the tariff that prices them, and the chosen voice's details (if found)."""
    settings = render_settings(args, provider)
    try:
        voice = find_voice(provider, settings.voice or "") if args.provider != "offline" else None
        tariff = provider.tariff([voice] if voice else [])
    except ProviderError as err:
        raise refused(err) from None
    return settings, tariff, voice


def build_estimate(args: argparse.Namespace, provider: Provider, doc: Document
                   ) -> tuple[Estimate, RenderSettings, Balance | None, Voice | None]:
    settings, tariff, voice = build_settings_and_tariff(args, provider)
    balance = read_balance(provider)
    remaining = balance.remaining if balance else None
    return (estimate_cues(doc.cues, settings, tariff, is_cached=open_cache(args), remaining=remaining),
            settings, balance, voice)


PRICE_UNKNOWN = ("warning: the provider's price for some lines is missing or implausible; they are costed at "
                 "the most expensive plausible rate (1 credit per character).")


def run_estimate(args: argparse.Namespace) -> Result:
    doc = cli_inputs.load_document(args)
    provider = open_provider(args)
    try:
        estimate, settings, _balance, _voice = build_estimate(args, provider, doc)
    finally:
        provider.close()
    out = estimate.as_json()
    cli_inputs.report_seeds(out, args.seeds)
    wont_fit = add_forecast(out, Path(args.cache_dir) if args.cache_dir else default_cache_dir(), doc.cues,
                            settings, args.max_speed)
    said = cli_pronunciations.report(args, doc.cues, settings)
    if said is not None:
        out["pronunciations"] = said
    out["problems"] = cli_pronunciations.phoneme_problems(doc.cues, settings)
    if not args.json:
        for line in estimate_lines(estimate):
            say(line, sys.stdout)
        if wont_fit:
            say(f"Will not fit even sped up to {args.max_speed:g}x (forecast): line(s) "
                + ", ".join(map(str, wont_fit)), sys.stdout)
    elif not estimate.price_known:
        say(PRICE_UNKNOWN)
    return out, EXIT_OK


def estimate_lines(estimate: Estimate) -> list[str]:
    unit = estimate.unit
    lines = [f"{estimate.lines_to_render} line(s) to render, {estimate.lines_cached} already rendered, "
             f"{estimate.lines_silent} with nothing to say",
             f"Cost: {format_amount(estimate.total, unit)}"]
    if not estimate.price_known:
        lines.append(PRICE_UNKNOWN)
    if estimate.remaining is not None and unit != "none":
        lines.append(f"Balance: {format_amount(estimate.remaining, unit)} now, "
                     f"{format_amount(estimate.remaining_after, unit)} after this render")
    return lines
