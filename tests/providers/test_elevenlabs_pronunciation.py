"""ElevenLabs pronunciation dictionaries over loopback: created and kept in sync through the API, named
by locator in the text-to-speech request (within the documented maximum), every request and answer
checked against the official spec."""

from __future__ import annotations

import pytest
import requests

from studio.core.clip_spec import RenderSettings
from studio.core.cues import Cue
from studio.core.pls import parse_pls
from studio.core.pronunciation import dictionary_of, make_rule
from studio.providers.base import ErrorKind, ProviderError
from studio.providers.elevenlabs import ElevenLabsProvider
from studio.providers.elevenlabs_pronunciation import MAX_LOCATORS
from studio.providers.synthesis import request_for, synthesizer
from tests.emulators.checked import checked_elevenlabs
from tests.emulators.elevenlabs_dictionaries import MAX_LOCATORS as EMULATED_MAX
from tests.emulators.elevenlabs_faults import raw_json

RACHEL = "21m00Tcm4TlvDq8ikWAM"
MODEL = "eleven_multilingual_v2"  # 1 credit per character in the emulator
NAMES = dictionary_of([make_rule("Nguyen", "Nouyène le grand chevalier"),
                       make_rule("tomato", phoneme="T AH0 M EY1 T OW2", alphabet="x-cmu")])


def _spec(settings: RenderSettings, text: str):
    return settings.spec_for(Cue(0, 2000, text))


def _check_answers(emu) -> None:
    """Every dictionary answer the app read matches the spec's response schema."""
    for call in list(emu.requests):  # a copy: the replays are recorded too
        if call.path.startswith("/v1/pronunciation-dictionaries") and not call.path.endswith("/download"):
            answer = requests.request(call.method.upper(), emu.url + call.path, params=call.query,
                                      json=call.body, headers={"xi-api-key": emu.key}, timeout=5)
            # Replaying a write makes a new version: only the shape is compared.
            assert emu.validator.validate_response(call.method, call.path, 200, answer.json()) == []


def test_dictionary_is_created_and_named_in_the_request() -> None:
    with checked_elevenlabs() as emu:
        provider = ElevenLabsProvider(emu.key, base_url=emu.url, timeout=(2.0, 5.0))
        settings = RenderSettings(provider="elevenlabs", voice=RACHEL, model=MODEL, pronunciations=NAMES)
        synth = synthesizer(provider, pronunciations=NAMES, dictionary_name="film")
        named = _spec(settings, "Bonjour Nguyen.")
        result = synth(named, None, None)
        plain_result = synth(_spec(settings, "Bonjour Marie."), None, None)

        created = emu.calls("/v1/pronunciation-dictionaries/add-from-rules")
        assert len(created) == 1 and created[0].body["name"] == "Dubbing Studio: film"
        assert created[0].body["rules"][0] == {"string_to_replace": "Nguyen", "case_sensitive": True,
                                               "word_boundaries": True, "type": "alias",
                                               "alias": "Nouyène le grand chevalier"}
        assert created[0].body["rules"][1]["alphabet"] == "cmu-arpabet"
        remote = next(iter(emu.account.pronunciation_dictionaries.values()))
        tts = emu.calls("/v1/text-to-speech")
        assert tts[0].body["text"] == "Bonjour Nguyen."  # the text is not rewritten: the service applies it
        assert tts[0].body["pronunciation_dictionary_locators"] == [
            {"pronunciation_dictionary_id": remote.id, "version_id": remote.version_id}]
        assert len(tts[0].body["pronunciation_dictionary_locators"]) <= MAX_LOCATORS == EMULATED_MAX
        assert "pronunciation_dictionary_locators" not in tts[1].body  # a line without the word
        # Billed on the text as spoken (the emulator's reading); the estimate is never below it.
        spoken = "Bonjour Nouyène le grand chevalier."
        assert result.cost == len(spoken) and named.chars >= result.cost
        assert plain_result.cost == len("Bonjour Marie.")
        _check_answers(emu)
        provider.close()


def test_an_edited_dictionary_is_synced_as_a_new_version_and_reused_when_unchanged() -> None:
    with checked_elevenlabs() as emu:
        first = ElevenLabsProvider(emu.key, base_url=emu.url, timeout=(2.0, 5.0))
        settings = RenderSettings(provider="elevenlabs", voice=RACHEL, model=MODEL, pronunciations=NAMES)
        synthesizer(first, pronunciations=NAMES, dictionary_name="film")(
            _spec(settings, "Nguyen"), None, None)
        remote = next(iter(emu.account.pronunciation_dictionaries.values()))
        version = remote.version_id

        # Another run (a new provider, as the CLI makes) with the same rules: found, not changed.
        again = ElevenLabsProvider(emu.key, base_url=emu.url, timeout=(2.0, 5.0))
        synthesizer(again, pronunciations=NAMES, dictionary_name="film")(_spec(settings, "Nguyen"), None, None)
        assert not [c for c in emu.calls("/v1/pronunciation-dictionaries/") if c.path.endswith("/set-rules")]
        assert remote.version_id == version and len(emu.account.pronunciation_dictionaries) == 1

        edited = NAMES.with_rule(make_rule("Nguyen", "Win"))
        settings = RenderSettings(provider="elevenlabs", voice=RACHEL, model=MODEL, pronunciations=edited)
        third = ElevenLabsProvider(emu.key, base_url=emu.url, timeout=(2.0, 5.0))
        result = synthesizer(third, pronunciations=edited, dictionary_name="film")(
            _spec(settings, "Nguyen"), None, None)
        assert [c.path.rsplit("/", 1)[-1] for c in emu.calls("/v1/pronunciation-dictionaries/")
                if c.method == "post"] == ["add-from-rules", "set-rules"]
        assert remote.version_id != version and len(emu.account.pronunciation_dictionaries) == 1
        assert emu.calls("/v1/text-to-speech")[-1].body["pronunciation_dictionary_locators"][0][
            "version_id"] == remote.version_id
        assert result.cost == len("Win")

        # The service's PLS download of that version reads back as the project's rules.
        pls = requests.get(f"{emu.url}/v1/pronunciation-dictionaries/{remote.id}/{remote.version_id}/download",
                           headers={"xi-api-key": emu.key}, timeout=5)
        back = parse_pls(pls.content)
        assert [(r.grapheme, r.spoken, r.alphabet if r.phoneme else None) for r in back.rules] == [
            (r.grapheme, r.spoken, r.alphabet if r.phoneme else None) for r in edited.rules]
        _check_answers(emu)
        for provider in (first, again, third):
            provider.close()


def test_a_line_keyed_with_rules_the_provider_lacks_is_refused_not_cached_wrong() -> None:
    with checked_elevenlabs(silent=True) as emu:
        provider = ElevenLabsProvider(emu.key, base_url=emu.url, timeout=(2.0, 5.0))
        settings = RenderSettings(provider="elevenlabs", voice=RACHEL, model=MODEL, pronunciations=NAMES)
        with pytest.raises(ProviderError, match="render again") as err:
            provider.synthesize(request_for(_spec(settings, "Bonjour Nguyen.")))
        assert err.value.kind == ErrorKind.BAD_REQUEST
        provider.close()


def test_the_emulator_refuses_more_locators_than_documented() -> None:
    with checked_elevenlabs(raw_api=True) as emu:
        body = {"text": "Bonjour", "model_id": MODEL, "pronunciation_dictionary_locators": [
            {"pronunciation_dictionary_id": f"d{i}", "version_id": "v"} for i in range(EMULATED_MAX + 1)]}
        answer = requests.post(f"{emu.url}/v1/text-to-speech/{RACHEL}", json=body,
                               headers={"xi-api-key": emu.key}, timeout=5)
        assert answer.status_code == 400 and "up to 3" in answer.text
        body["pronunciation_dictionary_locators"] = [{"pronunciation_dictionary_id": "unknown"}]
        answer = requests.post(f"{emu.url}/v1/text-to-speech/{RACHEL}", json=body,
                               headers={"xi-api-key": emu.key}, timeout=5)
        assert answer.status_code == 404
        assert emu.account.character_count == 0


def test_the_emulator_adds_and_removes_rules_as_the_spec_says() -> None:
    with checked_elevenlabs(raw_api=True) as emu:
        def call(method: str, path: str, body=None):
            answer = requests.request(method, emu.url + path, json=body, headers={"xi-api-key": emu.key},
                                      timeout=5)
            assert answer.status_code == 200, answer.text
            assert emu.validator.validate_response(method.lower(), path, 200, answer.json()) == []
            return answer.json()

        made = call("POST", "/v1/pronunciation-dictionaries/add-from-rules", {
            "name": "raw", "rules": [{"string_to_replace": "UN", "type": "alias", "alias": "U N"}]})
        base = f"/v1/pronunciation-dictionaries/{made['id']}"
        added = call("POST", base + "/add-rules", {"rules": [
            {"string_to_replace": "tomato", "type": "phoneme", "phoneme": "təˈmeɪtoʊ", "alphabet": "ipa"}]})
        assert added["version_rules_num"] == 2 and added["version_id"] != made["version_id"]
        removed = call("POST", base + "/remove-rules", {"rule_strings": ["UN"]})
        assert removed["version_rules_num"] == 1
        got = call("GET", base)
        assert [r["string_to_replace"] for r in got["rules"]] == ["tomato"]
        assert got["latest_version_id"] == removed["version_id"]
        listing = call("GET", "/v1/pronunciation-dictionaries")
        assert [d["id"] for d in listing["pronunciation_dictionaries"]] == [made["id"]]
        # An old version still downloads as it was.
        old = requests.get(f"{emu.url}/v1/pronunciation-dictionaries/{made['id']}/{made['version_id']}/download",
                           headers={"xi-api-key": emu.key}, timeout=5)
        assert [r.grapheme for r in parse_pls(old.content).rules] == ["UN"]


@pytest.mark.parametrize("answer", [b"[]", b'{"pronunciation_dictionaries": "x", "has_more": true}',
                                    b'{"pronunciation_dictionaries": [], "has_more": false}'])
def test_a_lying_dictionary_answer_is_bad_response_and_nothing_is_spoken(answer) -> None:
    with checked_elevenlabs(silent=True) as emu:
        provider = ElevenLabsProvider(emu.key, base_url=emu.url, timeout=(2.0, 5.0))
        settings = RenderSettings(provider="elevenlabs", voice=RACHEL, model=MODEL, pronunciations=NAMES)
        emu.inject(raw_json(answer), "/v1/pronunciation-dictionaries")   # the listing lies
        emu.inject(raw_json(b'{"name": "x"}'), "/v1/pronunciation-dictionaries/add-from-rules")  # no id
        with pytest.raises(ProviderError) as err:
            synthesizer(provider, pronunciations=NAMES, dictionary_name="film")(
                _spec(settings, "Bonjour Nguyen."), None, None)
        assert err.value.kind == ErrorKind.BAD_RESPONSE and "try again later" in str(err.value)
        provider.close()
