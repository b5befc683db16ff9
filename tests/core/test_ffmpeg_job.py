"""run_ffmpeg with a feeder: two real ffmpeg processes joined by a pipe, and what is said when one fails."""

from __future__ import annotations

import subprocess

import pytest

from studio.core.ffmpeg_job import FfmpegFailed, ffmpeg_command, run_ffmpeg

TONE = ("-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2")
READ_ADTS = ("-f", "aac", "-i", "pipe:0")


def test_the_feeder_output_is_the_command_input(tmp_path):
    out = tmp_path / "tone.mka"
    run_ffmpeg(ffmpeg_command(*READ_ADTS, "-c", "copy", "-f", "matroska", "-y", str(out)),
               feeder=ffmpeg_command(*TONE, "-c:a", "aac", "-f", "adts", "pipe:1"))
    samples = subprocess.run(ffmpeg_command("-i", str(out), "-f", "s16le", "-ac", "1", "-ar", "48000", "-"),
                             check=True, capture_output=True, timeout=60).stdout
    # The whole 2 s came through the pipe, with the priming and padding of AAC frames (1024 samples each).
    assert 2 * 48000 <= len(samples) // 2 <= 2 * 48000 + 3 * 1024


def test_a_failing_feeder_fails_the_job_with_its_own_words(tmp_path):
    with pytest.raises(FfmpegFailed) as failed:
        run_ffmpeg(ffmpeg_command(*READ_ADTS, "-c", "copy", "-f", "matroska", "-y", str(tmp_path / "x.mka")),
                   feeder=ffmpeg_command(*TONE, "-af", "nosuchfilter", "-c:a", "aac", "-f", "adts", "pipe:1"))
    assert "nosuchfilter" in failed.value.text
