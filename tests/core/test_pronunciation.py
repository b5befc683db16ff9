"""Pronunciation dictionary core: matching rules, the text sent, clip keys, the estimate, the project file."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.core.clip_spec import ClipSpec, RenderSettings
from studio.core.cost import Tariff
from studio.core.cues import Cue
from studio.core.estimate import estimate_cues
from studio.core.project import Project, load_project, save_project
from studio.core.pronunciation import (PronunciationDictionary, PronunciationError, dictionary_from_json,
                                       dictionary_of, make_rule)
from studio.providers.synthesis import request_for

NAMES = dictionary_of([make_rule("Nguyen", "Win"), make_rule("Jean-Paul", "Jean Pol"),
                       make_rule("Jean", "Jan"), make_rule("NASA", "nassa", case_sensitive=False),
                       make_rule("tomato", phoneme="təˈmeɪtoʊ")])


def _cue(text: str, start: int = 0) -> Cue:
    return Cue(start, start + 2000, text)


@pytest.mark.parametrize(("text", "said"), [
    ("Bonjour Nguyen.", "Bonjour Win."),
    ("Nguyens arrive", "Nguyens arrive"),                 # whole words only
    ("nguyen", "nguyen"),                                 # case-sensitive by default (as PLS and ElevenLabs)
    ("la nasa et la NaSa", "la nassa et la nassa"),       # unless the rule says otherwise
    ("Jean-Paul et Jean", "Jean Pol et Jan"),             # the longest word wins, one pass
    ("Jeanne", "Jeanne"),
    ("Win et Nguyen", "Win et Win"),
    ("a tomato", "a tomato"),                             # phonemes are not written into the text sent
])
def test_aliases_apply_to_whole_words(text, said) -> None:
    assert NAMES.apply(text) == said


def test_phonemes_count_in_what_a_provider_may_bill() -> None:
    assert NAMES.apply("a tomato", phonemes=True) == "a təˈmeɪtoʊ"
    assert NAMES.billed_chars("a tomato") == len("a təˈmeɪtoʊ")
    # A shorter alias never makes the count go below the text sent (billing is undocumented).
    short = dictionary_of([make_rule("Monsieur", "M")])
    assert short.billed_chars("Monsieur Dupont") == len("Monsieur Dupont")


@pytest.mark.parametrize(("word", "alias", "phoneme", "alphabet"), [
    ("", "x", None, "ipa"), ("...", "x", None, "ipa"), ("Nguyen", "", None, "ipa"),
    ("Nguyen", None, "wɪn", "x-sampa"), ("x" * 300, "y", None, "ipa")])
def test_bad_rules_say_what_to_do(word, alias, phoneme, alphabet) -> None:
    with pytest.raises(PronunciationError) as err:
        make_rule(word, alias, phoneme, alphabet)
    assert str(err.value).endswith(".") and ":" in str(err.value)


@pytest.mark.parametrize("provider", ["offline", "narakeet"])
def test_offline_and_narakeet_get_the_aliases_in_their_text(provider) -> None:
    settings = RenderSettings(provider=provider, voice="roa/fr", pronunciations=NAMES)
    plain = RenderSettings(provider=provider, voice="roa/fr")
    spec = settings.spec_for(_cue("Bonjour Nguyen."))
    assert spec.text == "Bonjour Win." and spec.pronunciations == ()
    untouched = _cue("Il fait beau.")
    assert settings.spec_for(untouched).key == plain.spec_for(untouched).key  # no matching word: same clip
    assert settings.spec_for(_cue("Bonjour Nguyen.")).key != plain.spec_for(_cue("Bonjour Nguyen.")).key
    assert settings.pronounced(_cue("Bonjour Nguyen.")) == "Bonjour Win."
    assert settings.pronounced(untouched) is None
    assert request_for(spec).text == "Bonjour Win." and request_for(spec).pronunciations == ()
    assert settings.pronounced(_cue("a tomato")) is None  # phonemes are for providers that apply them


def test_elevenlabs_keeps_the_text_and_keys_the_rules_that_match() -> None:
    settings = RenderSettings(provider="elevenlabs", voice="v", model="m", pronunciations=NAMES)
    plain = RenderSettings(provider="elevenlabs", voice="v", model="m")
    cue = _cue("Bonjour Nguyen.")
    spec = settings.spec_for(cue)
    assert spec.text == "Bonjour Nguyen."                  # the service applies the dictionary
    assert spec.pronunciations == (("Nguyen", "alias", "Win", True),)
    assert settings.pronounced(_cue("a tomato")) == "a təˈmeɪtoʊ"
    assert spec.key != plain.spec_for(cue).key
    # An edit of a rule this line does not use keeps its key; one it uses changes it.
    other = RenderSettings(provider="elevenlabs", voice="v", model="m",
                           pronunciations=NAMES.with_rule(make_rule("tomato", phoneme="təˈmɑːtəʊ")))
    assert other.spec_for(cue).key == spec.key
    edited = RenderSettings(provider="elevenlabs", voice="v", model="m",
                            pronunciations=NAMES.with_rule(make_rule("Nguyen", "Nouyène")))
    assert edited.spec_for(cue).key != spec.key
    assert settings.spec_for(_cue("Il fait beau.")).key == plain.spec_for(_cue("Il fait beau.")).key
    # The sidecar form keeps the rules (recovery and the journal rebuild specs from it).
    assert ClipSpec.from_json(json.loads(json.dumps(spec.as_json()))).key == spec.key


def test_estimate_counts_the_changed_text() -> None:
    cues = [_cue("Bonjour Nguyen."), _cue("Il fait beau.", 3000)]
    tariff = Tariff("elevenlabs", "credits", per_char={"m": 1.0}, default_model="m")
    longer = dictionary_of([make_rule("Nguyen", "Nouyène le grand")])
    plain = estimate_cues(cues, RenderSettings(provider="elevenlabs", voice="v", model="m"), tariff)
    named = estimate_cues(cues, RenderSettings(provider="elevenlabs", voice="v", model="m",
                                               pronunciations=longer), tariff)
    assert named.lines[0].chars == len("Bonjour Nouyène le grand.") > plain.lines[0].chars
    assert named.lines[0].cost == len("Bonjour Nouyène le grand.")
    assert named.lines[1].cost == plain.lines[1].cost
    offline = estimate_cues(cues, RenderSettings(provider="offline", voice="x", pronunciations=longer),
                            Tariff("offline"))
    assert offline.lines[0].chars == len("Bonjour Nouyène le grand.")


def test_project_keeps_the_dictionary(tmp_path) -> None:
    path = tmp_path / "film.dubproj"
    save_project(Project(pronunciations=NAMES), path)
    assert load_project(path).pronunciations == NAMES
    body = json.loads(path.read_text(encoding="utf-8"))
    assert body["schema"] == 1  # an added field: older files and apps still open
    body["pronunciations"] = [{"word": "Nguyen", "alias": "Win"}, {"word": ""}, "junk", {"alias": "x"},
                              {"word": "tomato", "phoneme": "x", "alphabet": "klingon"}]
    path.write_text(json.dumps(body), encoding="utf-8")
    assert load_project(path).pronunciations.rules == (make_rule("Nguyen", "Win"),)
    del body["pronunciations"]
    path.write_text(json.dumps(body), encoding="utf-8")
    assert load_project(path).pronunciations == PronunciationDictionary()


def test_dictionary_from_json_is_tolerant() -> None:
    assert dictionary_from_json(None) == PronunciationDictionary()
    assert dictionary_from_json("Nguyen") == PronunciationDictionary()
    repeated = dictionary_from_json([{"word": "A1", "alias": "x"}, {"word": "A1", "alias": "y"}])
    assert [r.alias for r in repeated.rules] == ["x"]


def _reference(dictionary: PronunciationDictionary, text: str) -> str:
    """The obvious implementation: one regex alternation, longest grapheme first, whole words."""
    rules = sorted(dictionary.rules, key=lambda r: -len(r.grapheme))
    if not rules:
        return text
    words = [re.escape(r.grapheme) if r.case_sensitive else f"(?i:{re.escape(r.grapheme)})" for r in rules]
    parts = [rf"(?<!\w)({word})(?!\w)" for word in words]
    pattern = re.compile("|".join(parts))
    return pattern.sub(lambda m: rules[m.lastindex - 1].spoken, text)


GRAPHEME = st.sampled_from(["Jean", "Jean-Paul", "Paul", "#tag", "tag", "C++", "NASA", "l'atelier", "a b",
                            "b c", "Zoë", "x_y"])
TEXT = st.lists(st.sampled_from(["Jean", "Paul", "-", " ", "#", "tag", "C++", "nasa", "NASA", "l'",
                                 "atelier", "a", "b", "c", "Zoë", "x_y", "_", ".", "é"]),
                max_size=14).map("".join)


@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(st.lists(st.tuples(GRAPHEME, st.booleans()), max_size=6), TEXT)
def test_word_index_matches_the_regex_reference(rules, text) -> None:
    d = dictionary_of(make_rule(g, f"<{g}>", case_sensitive=c) for g, c in rules)
    assert d.apply(text) == _reference(d, text)
