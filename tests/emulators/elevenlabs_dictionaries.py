"""The ElevenLabs emulator's pronunciation dictionaries (`/v1/pronunciation-dictionaries/...`).

Shapes follow the official spec (every request is validated against it before it gets here): rules are
`{string_to_replace, type: alias|phoneme, alias | phoneme+alphabet, case_sensitive=true,
word_boundaries=true}`; every change makes a new version id; a text-to-speech request names up to 3
`pronunciation_dictionary_locators` ("You may have up to 3 locators per request"), applied in order.

Deliberately written apart from studio.core.pronunciation (its own matching), so a test compares the
app against an independent reading of the spec, not against itself.

Billing with a dictionary is not documented (reference/elevenlabs.md, the spec): the emulator bills the
text after the rules are applied, the reading that costs more for a name made longer by its alias.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable
from xml.sax.saxutils import escape

from tests.emulators.elevenlabs_faults import new_body
from tests.emulators.elevenlabs_routes import Reply, route
from tests.emulators.elevenlabs_state import Account

if TYPE_CHECKING:
    from tests.emulators.elevenlabs import ElevenLabsEmulator

MAX_LOCATORS = 3  # "You may have up to 3 locators per request" (Body_text_to_speech_full)


@dataclass
class EmuDictionary:
    id: str
    name: str
    description: str | None
    rules: list[dict[str, Any]]
    version_id: str = field(default_factory=lambda: uuid.uuid4().hex[:20])
    versions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    created: int = field(default_factory=lambda: int(time.time()))

    def __post_init__(self) -> None:
        self.versions[self.version_id] = [dict(r) for r in self.rules]

    def new_version(self, rules: list[dict[str, Any]]) -> None:
        self.rules = rules
        self.version_id = uuid.uuid4().hex[:20]
        self.versions[self.version_id] = [dict(r) for r in rules]

    def metadata(self) -> dict[str, Any]:
        return {"id": self.id, "latest_version_id": self.version_id, "latest_version_rules_num": len(self.rules),
                "name": self.name, "permission_on_resource": "admin", "created_by": "emulated-user",
                "creation_time_unix": self.created, "archived_time_unix": None}


def dictionaries(account: Account) -> dict[str, EmuDictionary]:
    return account.pronunciation_dictionaries


def _rules_of(body: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in body["rules"]]


def _not_found(dictionary_id: str) -> Reply:
    return Reply(404, new_body("not_found", "pronunciation_dictionary_not_found",
                               f"Pronunciation dictionary {dictionary_id} was not found."))


def _rules_reply(d: EmuDictionary) -> Reply:
    return Reply(200, {"id": d.id, "version_id": d.version_id, "version_rules_num": len(d.rules)})


@route("post", "/v1/pronunciation-dictionaries/add-from-rules")
def add_from_rules(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Any,
                   body: Any) -> Reply:
    with emu.lock:
        d = EmuDictionary(uuid.uuid4().hex[:20], body["name"], body.get("description"), _rules_of(body))
        dictionaries(account)[d.id] = d
    return Reply(200, {"id": d.id, "name": d.name, "created_by": "emulated-user",
                       "creation_time_unix": d.created, "version_id": d.version_id,
                       "version_rules_num": len(d.rules), "description": d.description,
                       "permission_on_resource": "admin"})


@route("get", "/v1/pronunciation-dictionaries")
def list_dictionaries(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Any,
                      body: Any) -> Reply:
    size = int((query.get("page_size") or ["30"])[0])
    start = int((query.get("cursor") or ["0"])[0] or 0)
    with emu.lock:
        items = sorted(dictionaries(account).values(), key=lambda d: -d.created)
    page = items[start:start + size]
    more = start + size < len(items)
    return Reply(200, {"pronunciation_dictionaries": [d.metadata() for d in page],
                       "next_cursor": str(start + size) if more else None, "has_more": more})


@route("get", "/v1/pronunciation-dictionaries/{pronunciation_dictionary_id}")
def get_dictionary(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Any,
                   body: Any) -> Reply:
    d = dictionaries(account).get(params["pronunciation_dictionary_id"])
    if d is None:
        return _not_found(params["pronunciation_dictionary_id"])
    return Reply(200, {**d.metadata(), "description": d.description, "rules": [dict(r) for r in d.rules]})


def _new_version(emu: "ElevenLabsEmulator", account: Account, dictionary_id: str,
                 rules_after: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> Reply:
    with emu.lock:
        d = dictionaries(account).get(dictionary_id)
        if d is None:
            return _not_found(dictionary_id)
        d.new_version(rules_after(d.rules))
        return _rules_reply(d)


@route("post", "/v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/set-rules")
def set_rules(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Any,
              body: Any) -> Reply:
    return _new_version(emu, account, params["pronunciation_dictionary_id"], lambda _old: _rules_of(body))


@route("post", "/v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/add-rules")
def add_rules(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Any,
              body: Any) -> Reply:
    added = _rules_of(body)
    replaced = {r["string_to_replace"] for r in added}
    return _new_version(emu, account, params["pronunciation_dictionary_id"],
                        lambda old: [r for r in old if r["string_to_replace"] not in replaced] + added)


@route("post", "/v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/remove-rules")
def remove_rules(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Any,
                 body: Any) -> Reply:
    gone = set(body["rule_strings"])
    return _new_version(emu, account, params["pronunciation_dictionary_id"],
                        lambda old: [r for r in old if r["string_to_replace"] not in gone])


@route("get", "/v1/pronunciation-dictionaries/{dictionary_id}/{version_id}/download")
def download(emu: "ElevenLabsEmulator", account: Account, params: dict[str, str], query: Any,
             body: Any) -> Reply:
    d = dictionaries(account).get(params["dictionary_id"])
    rules = d.versions.get(params["version_id"]) if d else None
    if d is None or rules is None:
        return _not_found(params["dictionary_id"])
    lexemes = []
    for r in rules:
        said = (f"<alias>{escape(r['alias'])}</alias>" if r["type"] == "alias" else
                f"<phoneme alphabet=\"{escape(r['alphabet'])}\">{escape(r['phoneme'])}</phoneme>")
        lexemes.append(f"  <lexeme>\n    <grapheme>{escape(r['string_to_replace'])}</grapheme>\n    {said}\n"
                       "  </lexeme>")
    pls = ('<?xml version="1.0" encoding="UTF-8"?>\n<lexicon version="1.0" '
           'xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-US">\n'
           + "\n".join(lexemes) + "\n</lexicon>\n")
    return Reply(200, audio=pls.encode("utf-8"),
                 headers={"Content-Type": "text/plain", "Content-Disposition": f'attachment; filename="{d.name}.pls"'})


def spoken_text(account: Account, body: Any) -> tuple[str, Reply | None]:
    """The text after the request's dictionaries (what is spoken and billed), or the error reply."""
    text = body["text"]
    locators = body.get("pronunciation_dictionary_locators") or []
    if len(locators) > MAX_LOCATORS:
        return text, Reply(400, new_body("validation_error", "too_many_pronunciation_dictionaries",
                                         f"You may have up to {MAX_LOCATORS} pronunciation dictionary locators "
                                         "per request."))
    for locator in locators:
        d = dictionaries(account).get(locator["pronunciation_dictionary_id"])
        version = locator.get("version_id") or (d.version_id if d else None)
        rules = d.versions.get(version) if d and version else None
        if rules is None:
            return text, _not_found(locator["pronunciation_dictionary_id"])
        for rule in rules:
            text = _apply(rule, text)
    return text, None


def _apply(rule: dict[str, Any], text: str) -> str:
    target = re.escape(rule["string_to_replace"])
    if rule.get("word_boundaries", True):
        target = rf"(?<!\w){target}(?!\w)"
    flags = 0 if rule.get("case_sensitive", True) else re.IGNORECASE
    said = rule["alias"] if rule["type"] == "alias" else rule["phoneme"]
    return re.sub(target, lambda _m: said, text, flags=flags)
