"""Clip QA judges each clip in its own voice's language when the voice is bound to one (the offline
engines), the lines' language otherwise: a French document with a few Chinese lines given to espeak-ng's
Mandarin voice judges those at Mandarin's pace, not French's. Real espeak-ng speech, no network."""

from __future__ import annotations

import pytest

from studio.core import clip_qa
from studio.core.clip_cache import ClipCache
from studio.core.clip_qa import QaVerdict, check_spec_clip
from studio.core.clip_spec import RenderSettings
from studio.core.cost import FREE
from studio.core.cues import Cue
from studio.core.languages import lines_language
from studio.core.pace_model import VoicePaces
from studio.core.render_job import DONE, RenderJob, plan_render
from studio.providers.offline import OfflineProvider
from studio.providers.synthesis import synthesizer
from studio.providers.voice_catalogue import load_catalogue
from tests.core.test_clip_qa_language import ZH
from tests.forecast_corpus import FR
from tests.neural_fixtures import JOE_ID, joe_store  # noqa: F401 - fixture

FRENCH, MANDARIN = "roa/fr", "sit/cmn"


def test_an_offline_voice_says_the_language_it_speaks(joe_store):  # noqa: F811 - the fixture
    provider = OfflineProvider(store=joe_store)
    assert provider.voice_language(JOE_ID) == "en-us"  # installed: the language recorded when installed
    assert provider.voice_language(FRENCH) == "fr-fr" and provider.voice_language(MANDARIN) == "cmn"
    entry = load_catalogue()[0]  # a natural voice not installed: its catalogue language
    assert provider.voice_language(entry.voice_id) == entry.language.lower()
    assert provider.voice_language("nowhere/xx") is None
    assert provider.voice_language("piper:xx_XX-nobody-low") is None


@pytest.mark.timeout(120)
def test_a_two_voice_document_judges_each_clip_by_its_voice_language(tmp_path):
    """French lines said by espeak-ng's French voice, Chinese ones by its Mandarin voice (about 4
    characters a second): the document reads as French, but the Chinese clips are judged as Mandarin."""
    french = [text for text in FR if len(text) > 30][:8]
    texts = french + ZH[:4]
    assert lines_language(texts) == "fr"  # the project's language, detected from its lines
    cues = [Cue(i * 8000, i * 8000 + 6000, text, voice=MANDARIN if text in ZH else None)
            for i, text in enumerate(texts)]
    settings = RenderSettings(provider="offline", voice=FRENCH, audio_format="wav")
    cache = ClipCache.open(tmp_path)
    plan = plan_render(cues, settings, cache, FREE)
    synthesize = synthesizer(OfflineProvider(), texts=texts)
    result = RenderJob(plan, synthesize, cache, concurrency=2).run()
    assert result.count(DONE) == len(texts)
    verdicts = {line.spec.text: QaVerdict.from_json(cache.meta(line.spec.key).qa) for line in plan.lines}
    assert all(verdict == QaVerdict() for verdict in verdicts.values()), verdicts
    chinese = [line.spec for line in plan.lines if line.spec.voice == MANDARIN]
    assert {synthesize.qa_language(spec) for spec in chinese} == {"cmn"}
    # The same clips judged in the document's language, as before: far too long at French's 14 a second.
    as_french = [check_spec_clip(cache.path(spec.key).read_bytes(), "wav", spec, VoicePaces(), language="fr")
                 for spec in chinese]
    assert sum(v is not None and v.reasons == (clip_qa.TOO_LONG,) for v in as_french) >= 3
