"""decode_to_pcm on real encoded audio: exact lengths for lossless input, codec padding bounded for lossy."""

from __future__ import annotations

import array
import math
import os
import struct
import subprocess

import numpy as np
import pytest

from studio.core import audio_decode, mp4_priming
from studio.core.audio_decode import AudioDecodeError, Pcm, decode_to_pcm, ffmpeg_path, to_audio_segment
from tests.emulators import audio
from tests.media_check import ffmpeg_builds

SECONDS = 2.0
SOURCE_RATE = 24000
# MP3 and AAC add encoder delay and pad the last frame; a stream written to a pipe (what the
# emulators, and many services, send) carries no gapless tag to trim them. One frame plus the
# encoder delay is the bound: 576-sample frames at 24 kHz (24 ms) + LAME's 1105-sample delay (46 ms).
LOSSY_PADDING_MS = {"mp3": 75.0, "m4a": 75.0}


def rms(pcm: Pcm) -> float:
    samples = array.array("h", pcm.samples)
    return math.sqrt(sum(s * s for s in samples[::7]) / max(1, len(samples[::7])))


def encode_to_file(tmp_path, ext: str) -> bytes:
    """Encode through a seekable file, as a normal encoder does (MP4 index at the end, LAME tag)."""
    target = tmp_path / f"tone.{ext}"
    subprocess.run([ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-f", "s16le", "-ar",
                    str(SOURCE_RATE), "-ac", "1", "-i", "pipe:0", "-b:a", "64k", "-y", str(target)],
                   input=audio.pcm_tone(SECONDS, SOURCE_RATE), check=True, timeout=60)
    return target.read_bytes()


@pytest.mark.parametrize("fmt", ["wav", "pcm"])
@pytest.mark.parametrize("rate", [44100, 24000, 16000])
def test_lossless_input_decodes_to_the_exact_length(fmt, rate):
    data = audio.encoded(SECONDS, fmt, SOURCE_RATE)
    pcm = decode_to_pcm(data, fmt, rate, input_rate=SOURCE_RATE if fmt == "pcm" else None)
    assert pcm.sample_rate == rate and pcm.channels == 1
    assert abs(pcm.duration_ms - SECONDS * 1000) <= 1.0
    assert rms(pcm) > 3000  # the tone, not silence


@pytest.mark.parametrize("fmt", ["mp3", "m4a"])
def test_lossy_stream_from_a_pipe_is_never_short_and_padding_is_bounded(fmt):
    pcm = decode_to_pcm(audio.encoded(SECONDS, fmt, SOURCE_RATE), fmt, 44100)
    assert pcm.sample_rate == 44100
    assert SECONDS * 1000 - 5 <= pcm.duration_ms <= SECONDS * 1000 + LOSSY_PADDING_MS[fmt]
    assert rms(pcm) > 3000


def lag_against_the_tone(pcm: Pcm) -> int:
    """How many samples the decoded tone sits late (+) or early (-) against the source."""
    source = np.frombuffer(audio.pcm_tone(SECONDS, SOURCE_RATE), "<i2").astype(float)[:4800]
    decoded = np.frombuffer(pcm.samples, "<i2").astype(float)[:4800 + 2400]
    scores = [float(np.dot(source[:4000], decoded[lag:lag + 4000])) for lag in range(2400)]
    return int(np.argmax(scores))


def itunsmpb_instead_of_the_edit_list(data: bytes) -> bytes:
    """The same M4A with its edit list blanked and iTunes' gapless tag added (as Apple's encoders write
    it). The index sits after the audio, so growing it moves no sample offset."""
    moov = data.index(b"moov") - 4
    assert data.find(b"mdat") < moov
    body = data[moov + 8:].replace(b"edts", b"free", 1)

    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    text = b" 00000000 00000400 00000000 %016X 00000000" % int(SECONDS * SOURCE_RATE)
    item = box(b"----", box(b"mean", bytes(4) + b"com.apple.iTunes") + box(b"name", bytes(4) + b"iTunSMPB")
               + box(b"data", struct.pack(">II", 1, 0) + text))
    udta = box(b"udta", box(b"meta", bytes(4) + box(b"ilst", item)))
    return data[:moov] + box(b"moov", body + udta)


@pytest.mark.parametrize("ffmpeg", ffmpeg_builds(), ids=os.path.basename)
@pytest.mark.parametrize("gapless", ["edit list", "iTunSMPB"])
def test_m4a_with_its_index_at_the_end_decodes_exactly_on_every_ffmpeg(tmp_path, monkeypatch, ffmpeg, gapless):
    # Such a file cannot be read from a pipe; decode_to_pcm must go through a temporary file. Every
    # build must cut the encoder's priming and padding alike: the length within 5 ms, the start on time.
    monkeypatch.setattr(audio_decode, "ffmpeg_path", lambda: ffmpeg)
    data = encode_to_file(tmp_path, "m4a")
    assert data.find(b"moov") > data.find(b"mdat") > 0
    if gapless == "iTunSMPB":
        data = itunsmpb_instead_of_the_edit_list(data)
        assert mp4_priming.audio_span(data) == mp4_priming.AudioSpan(1024, 48000, SOURCE_RATE)
    pcm = decode_to_pcm(data, "m4a", 44100)
    assert abs(pcm.duration_ms - SECONDS * 1000) <= 5.0
    at_source_rate = decode_to_pcm(data, "m4a", SOURCE_RATE)
    assert at_source_rate.frame_count == SECONDS * SOURCE_RATE
    assert lag_against_the_tone(at_source_rate) <= 2  # the priming is gone, not the first syllable


def test_mp3_with_a_lame_tag_decodes_within_one_frame(tmp_path):
    pcm = decode_to_pcm(encode_to_file(tmp_path, "mp3"), "mp3", 24000)
    assert SECONDS * 1000 - 5 <= pcm.duration_ms <= SECONDS * 1000 + 25  # one 24 ms frame


def test_no_hint_lets_ffmpeg_recognise_the_container():
    for fmt in ("mp3", "m4a", "wav"):
        pcm = decode_to_pcm(audio.encoded(SECONDS, fmt, SOURCE_RATE), None)
        assert SECONDS * 1000 - 5 <= pcm.duration_ms <= SECONDS * 1000 + LOSSY_PADDING_MS.get(fmt, 1)


def test_stereo_output_and_elevenlabs_pcm_name():
    pcm = decode_to_pcm(audio.encoded(1.0, "pcm", 22050), "pcm_22050", 48000, channels=2)
    assert pcm.channels == 2 and pcm.sample_rate == 48000
    assert len(pcm.samples) == pcm.frame_count * 4
    assert abs(pcm.duration_ms - 1000) <= 1.0


def test_raw_pcm_without_its_rate_is_refused():
    with pytest.raises(ValueError):
        decode_to_pcm(audio.encoded(1.0, "pcm"), "pcm")


@pytest.mark.parametrize("data", [b"", b"<html><body>502 Bad Gateway</body></html>",
                                  b'{"message": "Forbidden"}', bytes(range(256)) * 8])
@pytest.mark.parametrize("fmt", ["mp3", "m4a", "wav", None])
def test_empty_or_non_audio_bytes_raise_a_clear_error(data, fmt):
    with pytest.raises(AudioDecodeError) as caught:
        decode_to_pcm(data, fmt)
    assert str(caught.value).startswith("The audio")


def test_truncated_wav_header_is_an_error_and_truncated_mp3_is_shorter():
    wav = audio.encoded(SECONDS, "wav", SOURCE_RATE)
    with pytest.raises(AudioDecodeError):
        decode_to_pcm(wav[:20], "wav")
    mp3 = audio.encoded(SECONDS, "mp3", SOURCE_RATE)
    half = decode_to_pcm(mp3[: len(mp3) // 2], "mp3")
    assert half.duration_ms < SECONDS * 1000 * 0.6


def test_audio_segment_is_built_from_raw_samples_without_ffprobe(monkeypatch):
    pcm = decode_to_pcm(audio.encoded(SECONDS, "wav", SOURCE_RATE), "wav", 22050)

    def no_subprocess(*args, **kwargs):
        raise AssertionError("to_audio_segment must not run ffmpeg or ffprobe")

    monkeypatch.setattr(subprocess, "Popen", no_subprocess)
    segment = to_audio_segment(pcm)
    assert segment.frame_rate == 22050 and segment.channels == 1 and segment.sample_width == 2
    assert abs(len(segment) - SECONDS * 1000) <= 1
    assert segment.raw_data == pcm.samples


def test_ffmpeg_path_prefers_path_then_the_bundled_binary(monkeypatch):
    monkeypatch.setattr(audio_decode.shutil, "which", lambda name: "/opt/bin/ffmpeg")
    assert ffmpeg_path() == "/opt/bin/ffmpeg"
    monkeypatch.setattr(audio_decode.shutil, "which", lambda name: None)
    import imageio_ffmpeg

    assert ffmpeg_path() == imageio_ffmpeg.get_ffmpeg_exe()
    monkeypatch.setattr(imageio_ffmpeg, "get_ffmpeg_exe", lambda: (_ for _ in ()).throw(RuntimeError("none")))
    with pytest.raises(AudioDecodeError, match="ffmpeg was not found"):
        ffmpeg_path()
