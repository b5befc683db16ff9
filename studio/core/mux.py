"""Put the dub into a video with ffmpeg, never re-encoding the picture (``-c:v copy``).

Three ways, the user's choice:
- "replace": the dub becomes the video's only audio;
- "add": the dub is added as one more audio track, and made the default one so players play it;
- "duck": the dub is mixed over the original sound, which is lowered only where the dub speaks
  (studio/core/duck.py), keeping the original's channel layout.

Every audio stream gets a title ("Dub – French – ElevenLabs Rachel", "Original"; English unless the caller
passes its own words, TrackWords) and the dub an ISO 639 language tag in the container's flavour
(studio/core/languages.py); the subtitles can go along as a subtitle stream (mov_text in MP4, SRT in
Matroska). The dub can be given as a file or as the track's samples, which are streamed to ffmpeg's stdin:
one ffmpeg pass (for MKV, an encoder piped into a copy, so the dub starts on time for every reader:
studio/core/mkv_priming.py), no temporary WAV written and read back.
Progress comes from ``-progress pipe:1``; cancel kills ffmpeg and removes the partial file; the output
is written under a temporary name and renamed when complete.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from studio.core.assemble import Track
from studio.core.atomic import temp_beside
from studio.core.duck import ENVELOPE_RATE, DuckSettings, SpeechRegions, duck_envelope, duck_graph, speech_regions
from studio.core.audio_decode import decode_to_pcm
from studio.core.coded_error import (DISK_FULL, MEDIA_UNUSABLE, NO_PERMISSION, NOT_DUBBED, NOT_MUXABLE,
                                     NOT_WRITTEN)
from studio.core.export import (SILENT_LUFS, ExportCancelled, ExportError, Samples, little_endian, loudnorm_filter,
                                ffmpeg_refusal, measure_loudness)
from studio.core.ffmpeg_job import (PROGRESS_ARGS, FfmpegCancelled, FfmpegFailed, FfmpegMissing, ffmpeg_command,
                                    run_ffmpeg)
from studio.core.fit import TIMELINE_RATE
from studio.core.languages import container_code, find
from studio.core.media_probe import (MediaError, MediaInfo, MuxCancelled, MuxError, MuxWriteError, Stream,
                                     channel_count, probe_media)
from studio.core.mkv_priming import adts_output, priming_trim

__all__ = ["ENGLISH", "MODES", "DuckSettings", "MediaError", "MediaInfo", "MuxCancelled", "MuxError",
           "MuxWriteError", "Stream", "TrackWords", "Tracks", "channel_count", "duck_envelope", "dub_title",
           "mux_video", "probe_media", "speech_regions"]

MODES = ("replace", "add", "duck")
# Output containers we write, and ffmpeg's muxer for each.
_MUXERS = {".mp4": "mp4", ".m4v": "mp4", ".mov": "mov", ".mkv": "matroska"}
_MIX_RATE = 48000

ProgressCallback = Callable[[float], None]


@dataclass(frozen=True)
class TrackWords:
    """The words of the track titles. English by default (the CLI's, and what a player's menu shows when
    nobody said otherwise); the window passes its interface language's, this module stays Qt-free."""

    dub: str = "Dub"
    dub_over_original: str = "Dub over the original"
    original: str = "Original"
    subtitles: str = "Subtitles"
    # An ISO 639 code's name ("fr" -> "français"); None: the English names of studio/core/languages.py.
    language_name: Callable[[str], str | None] | None = None

    def language(self, code: str | None) -> str | None:
        lang = find(code)
        if lang is None:
            return None
        named = self.language_name(lang.alpha2) if self.language_name is not None else None
        return named or lang.name


ENGLISH = TrackWords()


@dataclass(frozen=True)
class Tracks:
    """How the streams of the dubbed video are labelled, and whether the subtitles go along."""

    language: str | None = None  # the dub's ISO 639 code (any flavour: "fr", "fra", "fre"); None: untagged
    title: str | None = None  # the dub's title; None: "Dub – <language>"
    original_title: str | None = None  # None: words.original
    subtitles: Path | None = None  # an SRT to add as a subtitle stream, tagged with the dub's language
    words: TrackWords = ENGLISH  # the words of the titles not given above


def dub_title(language: str | None, voice: str | None = None, *, mixed: bool = False,
              words: TrackWords = ENGLISH) -> str:
    """"Dub – French – ElevenLabs Rachel" (words: "Doublage – français – …"): a player's audio menu's name."""
    parts = [words.dub_over_original if mixed else words.dub]
    name = words.language(language)
    if name is not None:
        parts.append(name)
    if voice:
        parts.append(voice)
    return " – ".join(parts)


def mux_video(video: str | os.PathLike, dub: str | os.PathLike | Track | Samples, output: str | os.PathLike,
              mode: str = "replace", *, speech: SpeechRegions | None = None, language: str | None = None,
              tracks: Tracks | None = None, duck: DuckSettings = DuckSettings(), audio_bitrate: str = "192k",
              normalize_lufs: float | None = None, progress: ProgressCallback | None = None,
              cancel: threading.Event | None = None) -> Path:
    """Write output: video's picture copied untouched plus the dub, as mode says.

    dub is an audio file, or the dub's samples (a Track, or 48 kHz mono s16) streamed to ffmpeg.
    speech (the placement map, or (start_ms, end_ms) pairs) is required for "duck"; a Track brings its
    own. language (shorthand for tracks.language) is an ISO 639 code. normalize_lufs loudness-normalises
    the dub on its way in (measured first: a quarter of the progress). progress gets 0.0-1.0; setting
    cancel stops ffmpeg, removes the partial file and raises MuxCancelled. Runs in the caller's thread.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    tracks = tracks or Tracks(language=language)
    if language and not tracks.language:
        tracks = replace(tracks, language=language)
    video, output = Path(video), Path(output)
    muxer = _MUXERS.get(output.suffix.lower())
    if muxer is None:
        raise MuxError(f"{output.name}: a dubbed video can be saved as .mp4, .mov or .mkv only.")
    if speech is None and isinstance(dub, Track):
        speech = dub.placements
    if mode == "duck" and speech is None:
        raise ValueError("duck needs the placement map (speech) to know where the dub speaks")
    try:
        code = container_code(tracks.language, "mkv" if muxer == "matroska" else muxer)
    except ValueError as error:
        raise MuxError(str(error)) from None
    info = probe_media(video)
    if not info.video:
        raise MediaError(f"{video.name} has no video stream: pick the video file itself.",
                         code=MEDIA_UNUSABLE, params={"reason": "no_picture", "name": video.name})
    if mode in ("add", "duck") and not info.has_audio:
        raise MediaError(f"{video.name} has no sound of its own to keep or duck: use 'replace' to give it "
                         "the dub as its only audio.", code=MEDIA_UNUSABLE,
                         params={"reason": "no_sound", "name": video.name})
    if tracks.subtitles is not None and not Path(tracks.subtitles).is_file():
        raise MuxError(f"{Path(tracks.subtitles).name} was not found: the subtitles cannot go into the video.")
    if isinstance(dub, (str, os.PathLike)):
        dub_input, samples = ["-i", str(dub)], None
        dub_info = probe_media(dub)
        if not dub_info.has_audio:
            raise MediaError(f"{Path(dub).name} holds no audio: export the dub again.", code=MEDIA_UNUSABLE,
                             params={"reason": "dub_silent", "name": Path(dub).name})
        dub_ms = dub_info.duration_ms
        dub_rate = dub_info.audio[0].sample_rate or TIMELINE_RATE
    else:
        samples = little_endian(dub)
        dub_rate = dub.sample_rate if isinstance(dub, Track) else TIMELINE_RATE
        dub_input = ["-f", "s16le", "-ar", str(dub_rate), "-ac", "1", "-i", "pipe:0"]
        dub_ms = len(samples) * 1000 // (2 * dub_rate)
    if not output.parent.is_dir():
        raise MuxError(f"{output.name} cannot be written: its folder {output.parent} does not exist.")
    report = progress or (lambda _fraction: None)
    share = 0.0
    dub_filter = None
    if normalize_lufs is not None:
        dub_filter = _normalizer(dub, samples, normalize_lufs, report, cancel)
        share = 0.25

    with tempfile.TemporaryDirectory(prefix="studio-mux-") as work:
        length_ms = max(info.duration_ms or 0, dub_ms or 0)
        envelope: list[str] = []
        if mode == "duck":
            envelope_path = Path(work) / "envelope.raw"
            regions = speech_regions(speech, duck.merge_gap_ms)
            with envelope_path.open("wb") as handle:
                duck_envelope(regions, length_ms + 1000, duck).tofile(handle)
            raw = "f32le" if sys.byteorder == "little" else "f32be"
            envelope = ["-f", raw, "-ar", str(ENVELOPE_RATE), "-ac", "1", "-i", str(envelope_path)]
        subtitles = ["-i", str(tracks.subtitles)] if tracks.subtitles is not None else []
        fd, tmp_name = temp_beside(output, ".part")
        os.close(fd)
        labels = _labels(mode, info, tracks, code, muxer)
        if muxer == "matroska":
            job = _matroska_job(mode, info, video, dub_input, envelope, subtitles, samples, dub_rate,
                                audio_bitrate, dub_filter, labels, tmp_name)
        else:
            subtitle_input = (3 if mode == "duck" else 2) if subtitles else None
            args = ["-i", str(video), *dub_input, *envelope, *subtitles,
                    *_maps(mode, "[mix]" if mode == "duck" else "1:a:0", subtitle_input)]
            if mode == "duck":
                args += _duck_graph(info, dub_filter, "")
            args += _encoding(mode, info, audio_bitrate, dub_filter)
            job = _Job([*args, *labels, "-f", muxer, tmp_name], samples)
        try:
            feeder = ffmpeg_command(*job.feeder) if job.feeder else None
            run_ffmpeg(ffmpeg_command(*job.args[:-1], *PROGRESS_ARGS, "-y", job.args[-1]),
                       duration_ms=length_ms or None, stdin_data=job.stdin, feeder=feeder,
                       progress=lambda fraction: report(share + (1 - share) * fraction), cancel=cancel)
            os.replace(tmp_name, output)
        except FfmpegMissing as error:
            Path(tmp_name).unlink(missing_ok=True)
            raise MuxError(str(error)) from None
        except FfmpegCancelled:
            Path(tmp_name).unlink(missing_ok=True)
            raise MuxCancelled("Dubbing the video was cancelled; no file was written.") from None
        except FfmpegFailed as failed:
            Path(tmp_name).unlink(missing_ok=True)
            kind = MuxWriteError if failed.disk_refused else MuxError
            message, code, params = _failure(failed, video.name, output, info)
            raise kind(message, code=code, params=params) from None
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    report(1.0)
    return output


def _normalizer(dub: object, samples: memoryview | None, target_lufs: float, report: ProgressCallback,
                cancel: threading.Event | None) -> str | None:
    """The loudnorm filter for the dub (its second pass), or None for a silent dub."""
    if samples is None:
        samples = little_endian(decode_to_pcm(Path(dub).read_bytes(), Path(dub).suffix.lstrip(".") or None,
                                              TIMELINE_RATE, 1).samples)
    try:
        measured = measure_loudness(samples, progress=lambda f: report(f / 4), cancel=cancel)
    except ExportCancelled:
        raise MuxCancelled("Dubbing the video was cancelled; no file was written.") from None
    except ExportError as error:
        raise MuxError(str(error), code=error.code, params=error.params) from None
    if measured.integrated_lufs <= SILENT_LUFS:
        return None
    return loudnorm_filter(target_lufs, measured)


@dataclass(frozen=True)
class _Job:
    """The ffmpeg run: its arguments (the output last), what it reads on stdin, and the ffmpeg that
    writes its stdin instead (arguments), if any (which then reads stdin)."""

    args: list[str]
    stdin: memoryview | None
    feeder: list[str] | None = None


def _matroska_job(mode: str, info: MediaInfo, video: Path, dub_input: list[str], envelope: list[str],
                  subtitles: list[str], samples: memoryview | None, dub_rate: int, bitrate: str,
                  dub_filter: str | None, labels: list[str], output: str) -> _Job:
    """Encode the dub alone without the samples its priming replaces, then copy it beside the picture
    (studio/core/mkv_priming.py says why: no ffmpeg writes AAC priming into Matroska as all read it)."""
    if mode == "duck":
        audio = info.audio[0]
        first = ["-i", str(video), *dub_input, *envelope,
                 *_duck_graph(info, dub_filter, f";[mix]{priming_trim(audio.sample_rate or _MIX_RATE)}[dub]"),
                 "-map", "[dub]"]
    else:
        chain = f"{dub_filter},{priming_trim(dub_rate)}" if dub_filter else priming_trim(dub_rate)
        first = [*dub_input, "-map", "0:a:0", "-filter:a", chain]
    first += adts_output(_bitrate(mode, info, bitrate), "pipe:1")
    subtitle_input = 2 if subtitles else None  # the second pass reads the video, the dub, the subtitles
    second = ["-i", str(video), "-f", "aac", "-i", "pipe:0", *subtitles]
    second += _maps(mode, "1:a:0", subtitle_input)
    second += ["-c:v", "copy", "-c:a", "copy", *labels, "-f", "matroska", output]
    # Both at once, the encoder's ADTS piped into the copy: no intermediate file, no second wait.
    return _Job(second, samples, first)


def _maps(mode: str, dub: str, subtitle_input: int | None) -> list[str]:
    """-map options: the picture, the originals ("add"), the dub (or the ducked mix), the subtitles."""
    args = ["-map", "0:v"] + (["-map", "0:a"] if mode == "add" else []) + ["-map", dub]
    return args + (["-map", f"{subtitle_input}:s:0"] if subtitle_input is not None else [])


def _duck_graph(info: MediaInfo, dub_filter: str | None, tail: str) -> list[str]:
    audio = info.audio[0]
    graph = duck_graph(audio.layout, audio.channels, audio.sample_rate or _MIX_RATE, dub_filter)
    return ["-filter_complex", graph + tail]


def _bitrate(mode: str, info: MediaInfo, bitrate: str) -> str:
    channels = (info.audio[0].channels or 2) if mode == "duck" else 1
    if channels > 2 and bitrate.endswith("k") and bitrate[:-1].isdigit():
        # The bitrate is for a stereo pair: a surround mix gets as much for each pair of channels.
        return f"{int(bitrate[:-1]) * channels // 2}k"
    return bitrate


def _encoding(mode: str, info: MediaInfo, bitrate: str, dub_filter: str | None) -> list[str]:
    """Codec options of the one-pass mux: the picture and the originals copied, the dub encoded."""
    dub = len(info.audio) if mode == "add" else 0  # the dub's index among the output's audio streams
    args = ["-c:v", "copy"]
    if mode == "add":
        args += ["-c:a", "copy"]
    args += [f"-c:a:{dub}", "aac", f"-b:a:{dub}", _bitrate(mode, info, bitrate)]
    if dub_filter and mode != "duck":
        args += [f"-filter:a:{dub}", dub_filter]
    return args


def _labels(mode: str, info: MediaInfo, tracks: Tracks, code: str | None, muxer: str) -> list[str]:
    """Per-stream titles, languages and dispositions (the subtitles' codec too)."""
    originals = info.audio if mode == "add" else []
    dub = len(originals)
    titled = muxer in ("mp4", "mov")  # MP4 players read a track's name from its handler, ffprobe too
    args: list[str] = []
    original = tracks.original_title or tracks.words.original
    for index in range(len(originals)):
        title = original if index == 0 else f"{original} {index + 1}"
        args += _label("a", index, title, None, titled) + [f"-disposition:a:{index}", "0"]
    title = tracks.title or dub_title(tracks.language, mixed=mode == "duck", words=tracks.words)
    args += _label("a", dub, title, code, titled) + [f"-disposition:a:{dub}", "default"]
    if tracks.subtitles is not None:
        args += ["-c:s", "srt" if muxer == "matroska" else "mov_text"]
        subtitles_title = tracks.words.language(tracks.language) or tracks.words.subtitles
        args += _label("s", 0, subtitles_title, code, titled) + ["-disposition:s:0", "0"]
    return args


def _label(kind: str, index: int, title: str, language: str | None, handler: bool) -> list[str]:
    spec = f"-metadata:s:{kind}:{index}"
    args = [spec, f"title={title}"]
    if handler:
        args += [spec, f"handler_name={title}"]
    if language:
        args += [spec, f"language={language}"]
    return args


def _failure(failed: FfmpegFailed, name: str, output: Path, info: MediaInfo
             ) -> tuple[str, str, dict[str, str]]:
    """Why ffmpeg did not dub the video: the sentence, its code and its params (studio.core.coded_error)."""
    text = failed.text
    reason, detail = ffmpeg_refusal(text, failed.code)
    written = {"target": str(output), "where": "video", "reason": reason, "detail": detail}
    if reason == DISK_FULL:
        return (f"{output} was not written: the disk is full: free some space or save elsewhere.",
                NOT_WRITTEN, written)
    if reason == NO_PERMISSION:
        return (f"{output} was not written: you have no permission to write there: save elsewhere.",
                NOT_WRITTEN, written)
    if any(hint in text for hint in ("Could not find tag for codec", "not currently supported in container",
                                     "Could not write header")):
        named = re.search(r"codec (\w+)", text)
        sound = [s.codec for s in info.audio if named and s.codec == named.group(1)]
        if sound:  # an original track kept as it is ("add") in a codec the container refuses
            return (f"The video's sound ({sound[0]}) cannot go into a {output.suffix} file without re-encoding: "
                    "save as .mkv instead.", NOT_MUXABLE,
                    {"what": "sound", "codec": sound[0], "suffix": output.suffix})
        codec = info.video[0].codec if info.video else "unknown"
        return (f"The video's codec ({codec}) cannot go into a {output.suffix} file without re-encoding: "
                "save as .mkv instead.", NOT_MUXABLE, {"what": "video", "codec": codec,
                                                        "suffix": output.suffix})
    return (f"{name} could not be dubbed: ffmpeg failed ({failed}).", NOT_DUBBED,
            {"name": name, "detail": str(failed)})
