"""Clip QA starts each voice's pace from the lines' language, as the fit forecast does: a first clip is
judged against its language's reading rate, not the default 14 characters a second.

Real speech: espeak-ng's Mandarin voice says Chinese at about 4 characters a second (the table: 5). Judged
at 14 a second, a first Chinese clip was "far too long" (over 2.5 times what was expected) and a clip
missing three quarters of its words passed; with the language, the first is fine and the second caught.
"""

from __future__ import annotations

from studio.core import clip_qa
from studio.core.clip_qa import check_spec_clip
from studio.core.clip_spec import ClipSpec
from studio.core.pace_model import VoicePaces
from studio.providers.offline import OfflineProvider
from studio.providers.synthesis import synthesizer
from tests.forecast_corpus import padded_wav
from tests.forecast_corpus import synthesizer as speaker

VOICE = "sit/cmn"
ZH = ["我们明天早上八点在火车站见面，不要迟到。", "我不知道他为什么没有来。", "这是我第一次来北京，一切都很新鲜。",
      "他们已经等了三个小时了，可是飞机还没有到。", "今天天气很好，我们去公园散步吧。", "请把门关上。"]


def _clips() -> list[tuple[str, bytes, bytes]]:
    """(text, its clip, the clip cut to its first quarter: words lost) per line, with silence round it."""
    synthesize, rate = speaker("espeak", VOICE)
    out = []
    for text in ZH:
        samples = synthesize(text)
        out.append((text, padded_wav(samples, rate), padded_wav(samples[:len(samples) // 8 * 2], rate)))
    return out


def _first_clip(audio: bytes, text: str, language: str | None) -> clip_qa.QaVerdict:
    """The verdict on audio as its voice's first clip (nothing learnt of the voice yet)."""
    verdict = check_spec_clip(audio, "wav", ClipSpec("offline", VOICE, text), VoicePaces(), language=language)
    assert verdict is not None
    return verdict


def test_a_first_chinese_clip_is_judged_by_chinese_pace_and_a_clip_missing_words_is_caught():
    clips = _clips()
    default = [_first_clip(audio, text, None) for text, audio, _ in clips]
    chinese = [_first_clip(audio, text, "zh") for text, audio, _ in clips]
    # What QA said with no language: most lines far too long (at 14 characters a second).
    assert sum(v.reasons == (clip_qa.TOO_LONG,) for v in default) >= 4
    assert not any(v.suspect for v in chinese)
    # Three quarters of the words lost: every line of 12 characters or more is now caught (none was).
    long_lines = [(text, cut) for text, _, cut in clips if len(text) >= 12]
    assert not any(_first_clip(cut, text, None).suspect for text, cut in long_lines)
    assert all(_first_clip(cut, text, "zh").reasons == (clip_qa.TOO_SHORT,) for text, cut in long_lines)
    # A whole clip given for a far shorter line is still too long, in its language too.
    assert _first_clip(clips[0][1], "你好。", "zh").reasons == (clip_qa.TOO_LONG,)


def test_the_voice_learns_its_pace_under_the_lines_language():
    paces = VoicePaces()
    for text, audio, _ in _clips()[:3]:
        check_spec_clip(audio, "wav", ClipSpec("offline", VOICE, text), paces, language="zh-CN")
    assert paces.pace(VOICE, "zh").clips == 3 and paces.pace(VOICE, None).clips == 0


def test_a_render_detects_the_lines_language_and_judges_its_first_clips_by_it():
    """Through the provider bridge a render uses: the language is detected from the lines given, as the
    fit forecast detects it, and a first Chinese clip is no longer suspect. An offline voice says its own
    language too (espeak-ng's "sit/cmn": Mandarin), so without the lines its clip is judged by it."""
    provider = OfflineProvider()
    spec = ClipSpec("offline", VOICE, ZH[0], audio_format="wav")
    with_lines = synthesizer(provider, texts=ZH)
    without = synthesizer(provider)
    assert with_lines.qa_language.of_lines == "zh" and without.qa_language.of_lines is None
    assert with_lines.qa_language(spec) == without.qa_language(spec) == "cmn"
    for synthesize in (with_lines, without):
        verdict = synthesize(spec, None, None).qa
        assert verdict is not None and verdict.status == clip_qa.OK and verdict.reasons == ()
