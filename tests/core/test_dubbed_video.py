"""A dubbed video players get right, read back with ffprobe: the dub is the default track, every audio
stream has a title and the dub a language tag in the container's flavour, subtitles can go along, and
ducking keeps the original's channels, lowered by the chosen depth under the lines only."""

from __future__ import annotations

import math
import threading
from array import array

import pytest

from studio.core.assemble import assemble
from studio.core.cues import Cue
from studio.core.export import export_audio, measure_loudness
from studio.core.fit import TIMELINE_RATE, FitSettings
from studio.core.fit_plan import fit_timeline
from studio.core.mux import (DuckSettings, MuxCancelled, MuxError, Tracks, TrackWords, dub_title, mux_video,
                             probe_media)
from tests.media_check import LEFT_HZ, RIGHT_HZ, audio_of, duration_ms, ffmpeg, level, make_video, streams, title

RATE = TIMELINE_RATE
LINES = [(1000, 1800), (3000, 3800)]  # where the dub speaks, ms
DUB_HZ = 1000
SRT = "1\n00:00:01,000 --> 00:00:01,800\nBonjour.\n\n2\n00:00:03,000 --> 00:00:03,800\nAu revoir.\n"


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("dubbed")
    voice = array("h", (int(10000 * math.sin(2 * math.pi * DUB_HZ * i / RATE)) for i in range(800 * RATE // 1000)))
    cues = [Cue(start, end, "x") for start, end in LINES]
    track = assemble(fit_timeline(cues, [voice.tobytes()] * 2, FitSettings(trim=False)), total_ms=4500)
    srt = folder / "film.srt"
    srt.write_text(SRT, encoding="utf-8")
    return {"video": make_video(folder / "film.mp4", 4.5), "track": track,
            "wav": export_audio(track, folder / "dub.wav"), "srt": srt}


@pytest.mark.parametrize("suffix, code", [(".mp4", "fra"), (".mkv", "fre")])
def test_add_makes_the_dub_the_default_titled_and_tagged_track(media, tmp_path, suffix, code):
    out = mux_video(media["video"], media["track"], tmp_path / f"film{suffix}", "add",
                    tracks=Tracks(language="fr", title=dub_title("fr", "ElevenLabs Rachel")))
    found = streams(out)
    assert [s["codec_type"] for s in found] == ["video", "audio", "audio"]
    original, dub = found[1], found[2]
    assert dub["disposition"]["default"] == 1 and original["disposition"]["default"] == 0
    assert title(dub) == "Dub – French – ElevenLabs Rachel" and title(original) == "Original"
    assert dub["tags"]["language"] == code
    assert original["channels"] == 2 and dub["channels"] == 1
    assert duration_ms(out, 2) == pytest.approx(4500, abs=50)  # the dub's whole length, no more


def test_a_streamed_track_lands_on_its_millisecond_like_a_file(media, tmp_path):
    # MP4: its edit list hides the AAC encoder's priming on every ffmpeg (MKV: tests/core/test_mux_sync.py).
    from_track = mux_video(media["video"], media["track"], tmp_path / "a.mp4", "replace", language="fra")
    from_file = mux_video(media["video"], media["wav"], tmp_path / "b.mp4", "replace", language="fra")
    for out in (from_track, from_file):
        found = streams(out)
        assert [s["codec_type"] for s in found] == ["video", "audio"]
        assert title(found[1]) == "Dub – French" and found[1]["disposition"]["default"] == 1
        sound = audio_of(out)
        onset = next(i for i, x in enumerate(sound) if abs(x) > 2000)
        assert onset / 48 == pytest.approx(LINES[0][0], abs=1.0)
        assert len(sound) / 48 == pytest.approx(4500, abs=30)


def test_duck_keeps_stereo_and_lowers_each_side_by_the_depth_under_lines_only(media, tmp_path):
    duck = DuckSettings(duck_db=-9.0, fade_down_ms=100, fade_up_ms=200, merge_gap_ms=0)
    out = mux_video(media["video"], media["track"], tmp_path / "ducked.mp4", "duck", language="fr", duck=duck)
    found = streams(out)
    assert [s["codec_type"] for s in found] == ["video", "audio"]
    assert found[1]["channels"] == 2 and found[1]["channel_layout"] == "stereo"
    assert title(found[1]) == "Dub over the original – French"
    for channel, tone in ((0, LEFT_HZ), (1, RIGHT_HZ)):
        before, after = audio_of(media["video"], 0, channel), audio_of(out, 0, channel)
        assert level(after, RIGHT_HZ if tone == LEFT_HZ else LEFT_HZ, 200, 700) < 50  # the sides stay apart

        def gain(start: int, end: int) -> float:
            return 20 * math.log10(level(after, tone, start, end) / level(before, tone, start, end))

        assert gain(200, 800) == pytest.approx(0.0, abs=0.5)  # before the first line's fade
        assert gain(1100, 1700) == pytest.approx(-9.0, abs=0.7)  # under line 1
        assert gain(2100, 2800) == pytest.approx(0.0, abs=0.5)  # between the lines, back up
        assert gain(3100, 3700) == pytest.approx(-9.0, abs=0.7)  # under line 2
        assert level(after, DUB_HZ, 1100, 1700) > 5000  # the dub is on both sides, at its level
    deeper = mux_video(media["video"], media["track"], tmp_path / "deeper.mkv", "duck",
                       duck=DuckSettings(duck_db=-20.0, merge_gap_ms=0))
    low = audio_of(deeper, 0, 0)
    assert 20 * math.log10(level(low, LEFT_HZ, 1200, 1700) / level(audio_of(media["video"], 0, 0), LEFT_HZ,
                                                                  1200, 1700)) == pytest.approx(-20.0, abs=1.0)


def test_the_callers_words_title_every_stream_and_english_stays_the_default(media, tmp_path):
    """The window passes its interface language's words (the core has none of its own but English)."""
    words = TrackWords("Doublage", "Doublage sur la version originale", "Version originale", "Sous-titres",
                       {"fr": "français"}.get)
    labels = Tracks("fre", dub_title("fre", "ElevenLabs Rachel", words=words), subtitles=media["srt"], words=words)
    found = streams(mux_video(media["video"], media["track"], tmp_path / "fr.mkv", "add", tracks=labels))
    assert [title(s) for s in found[1:]] == ["Version originale", "Doublage – français – ElevenLabs Rachel",
                                             "français"]
    assert dub_title("es", mixed=True, words=words) == "Doublage sur la version originale – Spanish"  # no name given
    assert dub_title("xx", words=words) == "Doublage"
    english = streams(mux_video(media["video"], media["track"], tmp_path / "en.mkv", "add",
                                tracks=Tracks("fr", subtitles=media["srt"])))
    assert [title(s) for s in english[1:]] == ["Original", "Dub – French", "French"]


# MP4 has no "default" flag, only "enabled", and ffmpeg enables the first track of each kind: players
# still show subtitles only when asked. Matroska keeps the flag off.
@pytest.mark.parametrize("suffix, codec, code, default", [(".mp4", "mov_text", "fra", 1), (".mkv", "subrip", "fre", 0)])
def test_subtitles_travel_with_the_dub_tagged_with_its_language(media, tmp_path, suffix, codec, code, default):
    out = mux_video(media["video"], media["track"], tmp_path / f"subs{suffix}", "add",
                    tracks=Tracks(language="fra", subtitles=media["srt"]))
    found = streams(out)
    assert [s["codec_type"] for s in found] == ["video", "audio", "audio", "subtitle"]
    subs = found[3]
    assert subs["codec_name"] == codec and subs["tags"]["language"] == code
    assert subs["disposition"]["default"] == default
    assert found[2]["disposition"]["default"] == 1


def test_progress_rises_to_the_end_and_cancel_mid_run_leaves_nothing(media, tmp_path):
    seen: list[float] = []
    mux_video(media["video"], media["track"], tmp_path / "ok.mp4", "duck", progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 2
    cancel = threading.Event()
    folder = tmp_path / "cancelled"
    folder.mkdir()
    with pytest.raises(MuxCancelled):
        mux_video(media["video"], media["track"], folder / "x.mp4", "duck",
                  progress=lambda fraction: cancel.set(), cancel=cancel)
    assert list(folder.iterdir()) == []


def test_a_normalised_dub_is_normalised_inside_the_video_too(media, tmp_path):
    gain_db = -30.0 - measure_loudness(media["track"]).integrated_lufs  # what normalising must apply
    replaced = mux_video(media["video"], media["track"], tmp_path / "replace.mp4", "replace", normalize_lufs=-30.0)
    assert measure_loudness(audio_of(replaced)).integrated_lufs == pytest.approx(-30.0, abs=1.0)
    plain = mux_video(media["video"], media["track"], tmp_path / "plain.mkv", "duck")
    ducked = mux_video(media["video"], media["track"], tmp_path / "duck.mkv", "duck", normalize_lufs=-30.0)
    change = 20 * math.log10(level(audio_of(ducked, 0, 0), DUB_HZ, 1100, 1700)
                             / level(audio_of(plain, 0, 0), DUB_HZ, 1100, 1700))
    assert change == pytest.approx(gain_db, abs=1.0) and gain_db < -10  # the dub alone changed, in the mix


def test_an_unknown_language_code_is_refused_before_anything_runs(media, tmp_path):
    with pytest.raises(MuxError, match="not an ISO 639 language code"):
        mux_video(media["video"], media["track"], tmp_path / "x.mp4", "add", language="french")
    assert not list(tmp_path.iterdir())
    assert probe_media(media["video"]).audio[0].layout == "stereo"


def test_duck_keeps_a_surround_layout_and_speaks_from_the_centre(media, tmp_path):
    surround = tmp_path / "surround.mkv"
    ffmpeg("-f", "lavfi", "-i", "testsrc=size=160x120:rate=10:duration=4.5",
           "-f", "lavfi", "-i", f"sine=frequency={LEFT_HZ}:sample_rate={RATE}:duration=4.5",
           "-filter_complex", "[1:a]pan=5.1|c0=c0|c1=c0|c2=c0|c3=c0|c4=c0|c5=c0[a]",
           "-map", "0:v", "-map", "[a]", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", str(surround))
    out = mux_video(surround, media["track"], tmp_path / "ducked.mkv", "duck",
                    duck=DuckSettings(duck_db=-12.0, merge_gap_ms=0))
    found = streams(out)
    assert found[1]["channels"] == 6 and found[1]["channel_layout"] == streams(surround)[1]["channel_layout"]
    centre, left = audio_of(out, 0, 2), audio_of(out, 0, 0)
    assert level(centre, DUB_HZ, 1100, 1700) > 5000  # the dub speaks from the centre…
    assert level(left, DUB_HZ, 1100, 1700) < 50  # …not from the sides
    before = audio_of(surround, 0, 0)
    assert 20 * math.log10(level(left, LEFT_HZ, 1100, 1700) / level(before, LEFT_HZ, 1100, 1700)) \
        == pytest.approx(-12.0, abs=1.0)  # every channel of the film is lowered under the line


def test_an_original_sound_mp4_cannot_hold_is_named_when_adding_a_track(media, tmp_path):
    pcm = tmp_path / "pcm.mkv"
    ffmpeg("-i", str(media["video"]), "-c:v", "copy", "-c:a", "pcm_s16le", str(pcm))
    with pytest.raises(MuxError, match=r"sound \(pcm_s16le\) cannot go into a \.mp4 .*\.mkv"):
        mux_video(pcm, media["track"], tmp_path / "x.mp4", "add")
    assert list(tmp_path.iterdir()) == [pcm]
    assert [s.kind for s in probe_media(mux_video(pcm, media["track"], tmp_path / "x.mkv", "add")).streams] \
        == ["video", "audio", "audio"]
