"""What a project file may hold, checked before any field is used.

A .dubproj is a small JSON object. A file nested a few thousand levels deep ended in RecursionError
inside json.loads, and a field of the wrong type (a list for srt_path) in a TypeError far from the
file; here the nesting is measured on the raw text first, then every known field's type is checked,
so a bad file gets one sentence naming the field.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping
from typing import Any

# Deepest legitimate nesting: project > voice_settings > voice > settings > value (4).
MAX_DEPTH = 16
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = str.maketrans({"[": "\x01", "{": "\x01", "]": "\xff", "}": "\xff"})
_TEXT, _NUMBER_MAP, _ANY = "text", "mapping", "any"
# The type of every field the app reads. The per-line maps and voice settings are preferences,
# read entry by entry (a bad entry is dropped), so any value is accepted there; a path or a voice
# of the wrong type cannot be guessed, so it is refused.
FIELDS: dict[str, str] = {
    "srt_path": _TEXT, "video_path": _TEXT, "provider": _TEXT, "model": _TEXT, "voice": _TEXT,
    "cue_voices": _NUMBER_MAP, "voice_settings": _ANY, "overflow_policies": _ANY, "cue_speeds": _ANY,
    "alt_texts": _NUMBER_MAP,
    "cue_seeds": _ANY,
    "pronunciations": _ANY,
}
_TYPE_NAMES = {dict: "a group of fields", list: "a list", str: "text", bool: "true/false", int: "a number",
               float: "a number"}


class SchemaError(ValueError):
    """The text is not a project file of a known shape; the message is the reason, without the name."""


class DamagedField(SchemaError):
    """A known field has a value of the wrong type; the message names the field."""


def nesting_depth(text: str) -> int:
    """How deep [ and { nest in JSON text (brackets inside strings do not count), in linear time."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text)).translate(_STEP)
    steps = (1 if char == "\x01" else -1 for char in brackets)
    return max(itertools.accumulate(steps, initial=0))


def parse_body(text: str) -> dict[str, Any]:
    """The JSON object of a project file; SchemaError when it is not JSON or too deeply nested."""
    if nesting_depth(text) > MAX_DEPTH:
        raise SchemaError(f"nested more than {MAX_DEPTH} levels deep, which no project file is")
    try:
        body = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        raise SchemaError(f"not valid JSON: {str(err).splitlines()[0][:80]}") from None
    if not isinstance(body, dict):
        raise SchemaError("not a JSON object")
    return body


def check_fields(body: Mapping[str, Any]) -> None:
    """Raise SchemaError naming the first field whose value has the wrong type (unknown fields, from
    a newer version of the same schema, are left alone)."""
    for name, kind in FIELDS.items():
        value = body.get(name)
        if value is None or kind == _ANY:
            continue
        if kind == _TEXT and (not isinstance(value, str) or "\x00" in value):
            raise DamagedField(_damaged(name, "text", value))
        if kind == _NUMBER_MAP:
            if not isinstance(value, dict):
                raise DamagedField(_damaged(name, "a group of fields", value))
            for key, entry in value.items():
                if not key.isdigit() or not key.isascii():
                    raise DamagedField(f'"{name}" holds "{key[:20]}", which is not a line number')
                if not isinstance(entry, str):
                    raise DamagedField(_damaged(f"{name}.{key}", "text", entry))


def _damaged(field: str, expected: str, value: object) -> str:
    found = _TYPE_NAMES.get(type(value), type(value).__name__)
    if isinstance(value, str):
        found = "text with a NUL character"
    return f'"{field}" should be {expected}, not {found}'
