"""Benchmark: the fit forecast on real speech (how right it is), and estimate's forecast on a large cache
(how fast it is).

Run on demand:  .venv/bin/python tests/bench/bench_forecast.py [--clips 1000] [--no-piper]

1. Accuracy. Dozens of lines of every length and punctuation (tests/forecast_corpus.py) are spoken by
   espeak-ng in French, English and German and by the Piper test voice (joe, English), with silence
   round the speech as a provider leaves. Each line is forecast in turn from the voice calibrated on
   0, 3, 10 or all the other clips (picked at random), against its real speech span (the fit's trim).
   Printed per voice and model: the mean absolute error, and the share of lines called right (fits or
   will not fit, each line given a room asking 0.9x to 1.6x of its real speech; the cap is 1.25x). The
   old model (characters per second, the table's rate weighing as 3 clips) beside the new (the pace
   model: per character, per pause, per sentence end, fitted by least squares), same clips, same run.
   With no clip known, both forecast by the table's rate per character (studio.core.pace_model says
   why); the lines after the table show what the prior's shape would do there, at the table's rate and
   at each voice's real rate.
2. Speed. estimate's fit forecast (studio.cli.fit.add_forecast) on a cache of N clips rendered without
   a dub (no decoded copies): each clip's speech read from its sidecar, beside the old way, which
   decoded every clip (an ffmpeg run each) to measure it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from studio.cli.fit import add_forecast  # noqa: E402
from studio.core.clip_cache import ClipCache  # noqa: E402
from studio.core.clip_spec import RenderSettings  # noqa: E402
from studio.core.fit_forecast import cached_speech, forecast_fit  # noqa: E402
from studio.core.pace_model import TextShape, prior_pace, table_pace  # noqa: E402
from studio.core.speaking_rate import CHARS_PER_SECOND  # noqa: E402
from tests.forecast_corpus import MODELS, VOICES, Fixed, Score, cache_clips, score  # noqa: E402

KNOWN = (0, 1, 3, 10, None)


def accuracy(root: Path, piper: bool) -> None:
    print(f"{'voice':16} {'clips known':>11}  " + "  ".join(f"{name:>30}" for name in MODELS))
    print(f"{'':16} {'':>11}  " + "  ".join(f"{'error':>14} {'called right':>15}" for _ in MODELS))
    totals: dict[tuple[str, int | None], list] = {}
    spoken = []
    for label, engine, voice, language, lines in VOICES:
        if engine == "piper" and not piper:
            continue
        settings = RenderSettings(provider="offline", voice=voice)
        cache = ClipCache.open(root / label.replace(" ", "_"))
        cues = cache_clips(cache, settings, engine, lines)
        speech = cached_speech(cache)
        clips = [(cue.text, speech(settings.spec_for(cue).key)) for cue in cues]
        spoken.append((label, language, clips))
        for known in KNOWN:
            cells = []
            for name, model in MODELS.items():
                got = score(clips, language, model, known)
                totals.setdefault((name, known), []).append(got)
                cells.append(f"{got.error:14.1%} {got.calls:15.0%}")
            print(f"{label:16} {'all others' if known is None else known:>11}  " + "  ".join(cells))
    for known in KNOWN:
        cells = [f"{statistics.mean(s.error for s in totals[(name, known)]):14.1%} "
                 f"{statistics.mean(s.calls for s in totals[(name, known)]):15.0%}" for name in MODELS]
        print(f"{'mean':16} {'all others' if known is None else known:>11}  " + "  ".join(cells))
    no_clip_shapes(spoken)


def no_clip_shapes(spoken: list[tuple[str, str, list[tuple[str, float]]]]) -> None:
    """With no clip known: the rate per character (what both forecast now) beside the prior's shape
    (onset, allowances per pause and sentence end), at the table's rate and at the voice's real rate."""
    print("\nNo clip known: the rate per character (forecast) beside the prior's shape, same lines")
    print(f"{'voice':16} {'real (table)':>13}  {'per character':>21}  {'prior':>21}")
    rows: dict[str, list[Score]] = {}
    for label, language, clips in spoken:
        real = sum(TextShape.of(text).chars for text, _ in clips) / sum(ms for _, ms in clips) * 1000
        for rate, name in ((None, "table"), (real, "real")):
            got = [score(clips, language, lambda pace=pace: Fixed(pace), 0)  # type: ignore[misc]
                   for pace in (table_pace(language, rate), prior_pace(language, rate))]
            rows.setdefault(name, []).extend(got)
            shown = f"{real:5.1f} ({CHARS_PER_SECOND[language]:.0f})" if rate is None else "at the real"
            print(f"{label:16} {shown:>13}  " + "  ".join(_cell(g.error, g.calls) for g in got))
    for name, got in rows.items():
        means = [(statistics.mean(s.error for s in got[i::2]), statistics.mean(s.calls for s in got[i::2]))
                 for i in (0, 1)]
        print(f"{'mean at ' + name + ' rate':30}  " + "  ".join(_cell(*mean) for mean in means))


def _cell(error: float, calls: float) -> str:
    return f"{error:8.1%} {calls:5.0%} right"


def speed(root: Path, count: int) -> None:
    from studio.core.audio_decode import run_ffmpeg
    from studio.core.clip_cache import ClipMeta
    from studio.core.clip_qa import check_clip
    from studio.core.cues import Cue
    from studio.core.pace_model import prior_pace
    from studio.providers import espeak
    from tests.forecast_corpus import EN, padded_wav

    settings = RenderSettings(provider="offline", voice="gmw/en-US", audio_format="wav")  # as the CLI's
    cues = [Cue(i * 5000, i * 5000 + 4500, f"{EN[i % len(EN)]} ({i})") for i in range(count)]
    t0 = time.perf_counter()
    recorded, bare = ClipCache.open(root / "recorded"), ClipCache.open(root / "bare")
    for cue in cues:
        # Stored as MP3, as ElevenLabs' clips are: a clip the naive way decodes costs an ffmpeg run.
        wav = padded_wav(espeak.synthesize(cue.text, settings.voice), espeak.sample_rate())
        mp3 = run_ffmpeg(["-f", "wav", "-i", "pipe:0", "-f", "mp3", "-b:a", "64k", "pipe:1"], stdin=wav)
        spec, whole = settings.spec_for(cue), (len(wav) - 44) / 2 / espeak.sample_rate() * 1000
        speech = check_clip(mp3, "mp3", cue.text, prior_pace(None)).speech_ms
        recorded.put(spec, mp3, "mp3", ClipMeta(duration_ms=whole, speech_ms=speech))
        bare.put(spec, mp3, "mp3", ClipMeta(duration_ms=whole))  # as an older version left it
    print(f"\n{count} MP3 clips made in {time.perf_counter() - t0:.1f} s, cached with and without "
          f"their speech recorded")

    # Once first, out of the timing: it loads the language model.
    add_forecast({"lines": [{} for _ in cues]}, root / "absent", cues, settings, 1.25)
    out = {"lines": [{} for _ in cues]}
    t0 = time.perf_counter()
    add_forecast(out, recorded.root, cues, settings, 1.25)
    ours = time.perf_counter() - t0
    measured = sum(1 for line in out["lines"] if line["fit_forecast"] and line["fit_forecast"]["measured"])

    t0 = time.perf_counter()
    old = forecast_fit(cues, settings, "en", cached_speech(ClipCache.open(bare.root)), 1.25)  # decodes each
    naive = time.perf_counter() - t0
    print(f"{'estimate fit forecast, ' + str(count) + ' cached clips':48} {'ours':>10} {'naive':>10}")
    print(f"{'seconds (speech read from sidecars / decoded)':48} {ours:10.3f} {naive:10.3f}")
    print(f"lines measured: ours {measured}, naive {sum(1 for f in old if f and f.measured)}; "
          f"{naive / ours:.0f}x faster")
    srt = root / "film.srt"
    srt.write_text("\n".join(f"{n}\n{_ts(cue.start_ms)} --> {_ts(cue.end_ms)}\n{cue.text}\n"
                             for n, cue in enumerate(cues, start=1)), encoding="utf-8")
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "studio.cli", "estimate", str(srt), "--provider", "offline",
                           "--voice", settings.voice, "--cache-dir", str(recorded.root), "--json"],
                          capture_output=True, check=True)
    whole = time.perf_counter() - t0
    lines = json.loads(done.stdout)["lines"]
    print(f"the whole `estimate --json` command (a new process): {whole:.2f} s, "
          f"{sum(1 for line in lines if line['fit_forecast']['measured'])} of {len(lines)} lines measured")


def _ts(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=1000)
    parser.add_argument("--no-piper", action="store_true", help="leave the Piper voice out (espeak-ng only)")
    parser.add_argument("--only", choices=("accuracy", "speed"), help="run one part only")
    args = parser.parse_args()
    print(f"Dubbing Studio fit forecast benchmark, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        if args.only != "speed":
            accuracy(Path(tmp), not args.no_piper)
        if args.only != "accuracy":
            speed(Path(tmp), args.clips)


if __name__ == "__main__":
    main()
