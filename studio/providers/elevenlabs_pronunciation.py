"""The project's pronunciation dictionary kept in sync with an ElevenLabs pronunciation dictionary.

ElevenLabs applies its own dictionaries server-side when a text-to-speech request names them
(`pronunciation_dictionary_locators`, "up to 3 locators per request", applied in order), so the text
sent stays the subtitle's and phoneme rules work where the model honours them. The app keeps one remote
dictionary per project, found by its name: before the first line that needs it is sent, the remote rules
are compared with the project's and replaced (set-rules: a new version) when they differ, or the
dictionary is created (add-from-rules). The locator sent names that exact version, so a later edit
elsewhere cannot change what a clip in the cache was made with.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from studio.core.pronunciation import PronunciationDictionary, Rule
from studio.providers.base import ErrorKind, ProviderError

MAX_LOCATORS = 3        # Body_text_to_speech_full.pronunciation_dictionary_locators: "up to 3 locators"
NAME_PREFIX = "Dubbing Studio: "
LIST_PAGE = 100         # page_size maximum in the spec
MAX_PAGES = 20          # 2,000 dictionaries is more than any account keeps; stop rather than loop

JsonCall = Callable[..., Any]  # ElevenLabsProvider._json(method, path, **kwargs)


def api_rule(rule: Rule) -> dict[str, Any]:
    """The rule in the API's request shape (PronunciationDictionary{Alias,Phoneme}RuleRequestModel)."""
    out: dict[str, Any] = {"string_to_replace": rule.grapheme, "case_sensitive": rule.case_sensitive,
                           "word_boundaries": True}
    if rule.alias is not None:
        out.update(type="alias", alias=rule.alias)
    else:
        # The API's rule example writes 'ipa'; CMU is "cmu-arpabet" in ElevenLabs' docs (UNCONFIRMED in
        # the spec, which types alphabet as a free string).
        out.update(type="phoneme", phoneme=rule.phoneme,
                   alphabet="cmu-arpabet" if rule.alphabet == "x-cmu" else rule.alphabet)
    return out


def _comparable(rules: Any) -> list[tuple[Any, ...]]:
    """Rules as sortable tuples with the spec's defaults filled in (answers may omit them)."""
    out = []
    for r in rules if isinstance(rules, list) else []:
        if isinstance(r, dict):
            out.append((r.get("string_to_replace"), r.get("type"), r.get("alias"), r.get("phoneme"),
                        r.get("alphabet"), r.get("case_sensitive", True), r.get("word_boundaries", True)))
    return sorted(out, key=repr)


class DictionarySync:
    """One remote dictionary per name, synced at most once per content (thread-safe: lines render in
    parallel and the first that needs the dictionary syncs it while the others wait)."""

    def __init__(self, call: JsonCall) -> None:
        self._call = call
        self._lock = threading.Lock()
        self._synced: dict[tuple[str, tuple[Rule, ...]], dict[str, str]] = {}
        self.requests = 0  # API calls made syncing (the CLI and tests report it)
        self.last_locator: dict[str, str] | None = None  # what the last request named (the CLI reports it)

    def locator(self, dictionary: PronunciationDictionary, name: str) -> dict[str, str]:
        """{pronunciation_dictionary_id, version_id} of the remote copy of dictionary."""
        full_name = NAME_PREFIX + (name or "project")
        key = (full_name, dictionary.rules)
        with self._lock:
            if key not in self._synced:
                self._synced[key] = self._sync(dictionary, full_name)
            self.last_locator = self._synced[key]
            return self.last_locator

    def _json(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        self.requests += 1
        answer = self._call(method, path, **kwargs)
        if not isinstance(answer, dict):
            raise ProviderError(ErrorKind.BAD_RESPONSE, "Unexpected answer from ElevenLabs about the "
                                "pronunciation dictionary: try again later.")
        return answer

    def _sync(self, dictionary: PronunciationDictionary, name: str) -> dict[str, str]:
        rules = [api_rule(rule) for rule in dictionary.rules]
        found = self._find(name)
        if found is not None:
            path = f"/v1/pronunciation-dictionaries/{quote(found, safe='')}"
            remote = self._json("GET", path)
            if _comparable(remote.get("rules")) == _comparable(rules):
                return _locator(found, remote.get("latest_version_id"))
            answer = self._json("POST", path + "/set-rules", json={"rules": rules})
            return _locator(found, answer.get("version_id"))
        answer = self._json("POST", "/v1/pronunciation-dictionaries/add-from-rules",
                            json={"name": name, "rules": rules,
                                  "description": "Kept in sync by Dubbing Studio: edit it in the app."})
        return _locator(answer.get("id"), answer.get("version_id"))

    def _find(self, name: str) -> str | None:
        cursor: str | None = None
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"page_size": LIST_PAGE}
            if cursor:
                params["cursor"] = cursor
            page = self._json("GET", "/v1/pronunciation-dictionaries", params=params)
            for item in page.get("pronunciation_dictionaries") or []:
                if isinstance(item, dict) and item.get("name") == name and item.get("archived_time_unix") is None:
                    return str(item.get("id"))
            cursor = page.get("next_cursor")
            if not page.get("has_more") or not cursor:
                return None
        return None


def _locator(dictionary_id: Any, version_id: Any) -> dict[str, str]:
    if not isinstance(dictionary_id, str) or not dictionary_id:
        raise ProviderError(ErrorKind.BAD_RESPONSE, "ElevenLabs did not say which pronunciation dictionary it "
                            "made: try again later.")
    out = {"pronunciation_dictionary_id": dictionary_id}
    if isinstance(version_id, str) and version_id:
        out["version_id"] = version_id
    return out
