"""Narakeet's JSON answers (account credits, the voice list) read without trusting them (answers.Answer).

Shapes: reference/narakeet.md. /account/credits is {"creditSeconds": n, ...}; /voices is a list of
{"name", "language", "languageCode", "styles": [...]}.
"""

from __future__ import annotations

from typing import Any

from studio.providers.answers import Answer
from studio.providers.base import Voice

ANSWER = Answer("Narakeet")


def parse_credits(payload: Any) -> float:
    """creditSeconds: a finite, non-negative number of seconds, else BAD_RESPONSE."""
    seconds = ANSWER.count(ANSWER.obj(payload, "the balance"), "creditSeconds", required=True)
    assert seconds is not None  # required=True
    return seconds


def parse_voices(payload: Any) -> list[Voice]:
    return [_voice(ANSWER.obj(item, "a voice")) for item in ANSWER.array(payload, "the voice list")]


def _voice(item: dict[str, Any]) -> Voice:
    name = ANSWER.text(item, "name", required=True)
    assert name is not None  # required=True
    language = ANSWER.text(item, "language") or ""
    styles = ANSWER.array(item.get("styles") or [], "styles")
    for style in styles:
        if not isinstance(style, str):
            raise ANSWER.error("a voice style is not text")
    return Voice(id=name, name=name.capitalize(), category="narakeet",
                 language=ANSWER.text(item, "languageCode"),
                 labels={"language": language, "styles": ",".join(styles)},
                 in_my_voices=True, uses_slot_if_used=False, description=language)
