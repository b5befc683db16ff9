"""How a dub goes into Matroska so that its first sample lands on its cue for every reader.

ffmpeg's AAC encoder starts every stream with 1024 samples of priming (one frame, 21.3 ms at
48 kHz). MP4 says so in its edit list, which every ffmpeg and player we know honours. Matroska has
no edit list, and ffmpeg builds disagree on what to write instead (measured, README "Video dub"):

- ffmpeg 9.0 writes CodecDelay = 21.3 ms and the first block at -21 ms. Its own demuxer skips the
  priming; ffmpeg 5.1's does not, so the track read from its first sample is one frame late.
- ffmpeg 5.1 writes no CodecDelay and, to avoid the negative timestamp, shifts every stream, the
  picture too, 21 ms later. Players that follow timestamps stay in sync, but the audio track read
  on its own (an editor, an extraction, any tool that lines it up with the film's time) is late.

So our MKVs say nothing about priming: the dub is encoded on its own to ADTS, which carries no
timing at all, the encoder being given the dub without its first 1024 samples (its priming takes
their place), and that stream is piped into a second ffmpeg that copies it beside the picture, both
starting at 0. Every reader, whatever it does with CodecDelay, then plays the dub's sample n at
n / rate, on every ffmpeg.
The price is the track's first 21 ms, which are the encoder's silence: nothing for a dub (its
first line rarely starts in the film's first 21 ms), a 21 ms fade-in of the film's sound when ducking.
"""

from __future__ import annotations

AAC_PRIMING = 1024  # samples: ffmpeg's native AAC encoder's initial_padding, at any sample rate


def priming_trim(rate: int) -> str:
    """The filter to end the dub's chain with: at a known rate, drop the samples the priming replaces."""
    # Resampling first pins the rate the samples are counted at to the one the encoder gets.
    return f"aresample={rate},atrim=start_sample={AAC_PRIMING}"


def adts_output(bitrate: str, target: str) -> list[str]:
    """Output options: the dub as AAC in ADTS (no container timing to carry the priming along)."""
    return ["-c:a", "aac", "-b:a", bitrate, "-f", "adts", target]
