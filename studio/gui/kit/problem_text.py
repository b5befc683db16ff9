"""A subtitle's problems, a line's render failure and why a render stopped, in the interface language.

The core and the providers word them in English (the CLI prints them); each also carries a stable kind
(`Problem.kind`, an error's `code`) and what its sentence names, by name (`params`). The window words
them again here from those fields, never by reading the English back. A kind without a template here,
or a problem made without its parameters, is shown in English as it came: a sentence in the wrong
language is better than one with a hole in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP

from studio.core import cues
from studio.core.cues import Problem
from studio.core.render_result import NOT_RENDERED, NOT_SENT, LineEvent, StopReason
from studio.gui.kit.failure_text import Params, coded_text, fill
from studio.gui.kit.failure_text import quoted as _quoted
from studio.gui.kit.number_text import whole_text
from studio.gui.kit.provider_text import plain_message


class ProblemText(QObject):
    """The translation context of these texts."""


def _symbols(params: Params) -> str:
    return ", ".join(_quoted(ch) for ch in params["symbols"].split())  # as the render lists them


# kind -> (template, its %1, %2… from the parameters). Templates are the core's sentences word for word.
_PROBLEMS: dict[str, tuple[str, Callable[[Params], list[str]]]] = {
    cues.OVERLAP: (QT_TRANSLATE_NOOP(
        "ProblemText", "Overlaps the previous line by %1 ms: start it later or end that one sooner."),
        lambda p: [whole_text(int(p["ms"]))]),
    cues.OUT_OF_ORDER: (QT_TRANSLATE_NOOP(
        "ProblemText", "Starts before the previous line (%1): fix its start or move it."),
        lambda p: [p["previous_start"]]),
    cues.NEGATIVE_DURATION: (QT_TRANSLATE_NOOP(
        "ProblemText", "Ends (%1) before it starts (%2): fix the end time."),
        lambda p: [p["end"], p["start"]]),
    cues.ZERO_DURATION: (QT_TRANSLATE_NOOP(
        "ProblemText", "Lasts zero seconds: give it an end time after its start."), lambda p: []),
    cues.EMPTY_TEXT: (QT_TRANSLATE_NOOP(
        "ProblemText", "Has no text: type its text or delete the line."), lambda p: []),
    cues.STRAY_TEXT: (QT_TRANSLATE_NOOP(
        "ProblemText", "Text outside any subtitle was ignored: %1."), lambda p: [_quoted(p["text"])]),
    cues.ENCODING: (QT_TRANSLATE_NOOP(
        "ProblemText", "A byte that is not %1 was read as %2; check this line."),
        lambda p: [p["encoding"], _quoted(p["char"])]),
}
_NO_TIMECODE = QT_TRANSLATE_NOOP(
    "ProblemText", "This subtitle has no timecode line: set its start and end times.")
_BAD_TIMECODE = QT_TRANSLATE_NOOP(
    "ProblemText", "This subtitle has an unreadable timecode (%1): set its start and end times.")

# A failed line, by the error's code (and, for a phoneme rule, its reason): codes only the offline engine
# gives (a provider's own codes, such as ElevenLabs' "voice_not_found", come with its own sentence).
_FAILURES: dict[str, tuple[str, Callable[[Params], list[str]]]] = {
    "phoneme_unknown/unknown_symbols": (QT_TRANSLATE_NOOP(
        "ProblemText", "The pronunciation of %1 uses %2, which the voice %3 cannot say: write its phonemes "
                       "with sounds of this voice's language, or give the word an alias instead."),
        lambda p: [_quoted(p["word"]), _symbols(p), p["voice"]]),
    "phoneme_unknown/no_sound": (QT_TRANSLATE_NOOP(
        "ProblemText", "The pronunciation of %1 has no sound in it: type its phonemes, or give the word an "
                       "alias instead."), lambda p: [_quoted(p["word"])]),
    # The CMU reader's refusal (studio.core.arpabet.ArpabetError), by the symbol it could not read.
    "phoneme_unknown/unreadable": (QT_TRANSLATE_NOOP(
        "ProblemText", "The pronunciation of %1 cannot be read: %2 is not a CMU Arpabet symbol: write it as in "
                       "the CMU dictionary (for example N G UW1 Y EH0 N)."),
        lambda p: [_quoted(p["word"]), _quoted(p["token"])]),
    "voice_not_installed": (QT_TRANSLATE_NOOP(
        "ProblemText", "This natural voice is not installed: install it in Choose Voice ▸ Offline (or with "
                       "voice-install), or pick another voice."), lambda p: []),
}
# A line never sent: its voice was refused on another line (%1: why, the provider's sentence).
_NOT_SENT = QT_TRANSLATE_NOOP("ProblemText", "Not sent: %1")
# A line never sent: the render stopped first (%1: why it stopped).
_NOT_RENDERED = QT_TRANSLATE_NOOP("ProblemText", "Not rendered: the job stopped. %1")


def _filled(template: tuple[str, Callable[[Params], list[str]]], params: Params) -> str | None:
    text, args_of = template
    try:
        args = args_of(params)
    except (KeyError, ValueError):
        return None  # made without its parameters: the caller falls back to the English
    return fill(text, *args, context="ProblemText")


def problem_text(problem: Problem) -> str:
    """A subtitle's problem in the interface language (its English message for an unknown kind)."""
    if problem.kind == cues.BAD_TIMECODE and "timecode" in problem.params:
        raw = problem.params["timecode"]
        if not raw:
            return ProblemText.tr(_NO_TIMECODE)
        return ProblemText.tr(_BAD_TIMECODE).replace("%1", _quoted(raw))
    template = _PROBLEMS.get(problem.kind)
    return (_filled(template, problem.params) if template else None) or problem.message


def rule_refusal_text(reason: str, params: Params, english: str) -> str:
    """Why a voice cannot say a phoneme rule (piper_phonemes.PhonemeRuleError's reason and params)."""
    template = _FAILURES.get(f"phoneme_unknown/{reason}")
    return (_filled(template, params) if template else None) or english


def line_error_text(event: LineEvent) -> str | None:
    """Why a line did not render (a render LineEvent's error, kind, code and params), translated."""
    message, kind, code, params = event.error, event.error_kind, event.error_code, event.error_params
    if message is None:
        return None
    if code == "phoneme_unknown":
        return rule_refusal_text(params.get("reason", ""), params, message)
    if code == NOT_SENT and "reason" in params:
        return ProblemText.tr(_NOT_SENT).replace("%1", _provider_sentence(params["reason"], kind))
    if code == NOT_RENDERED and "stop_message" in params:
        stop = StopReason(params.get("stop_kind", ""), params["stop_message"], params.get("stop_code") or None,
                          {key: value for key, value in params.items() if not key.startswith("stop_")})
        return ProblemText.tr(_NOT_RENDERED).replace("%1", stop_text(stop))
    template = _FAILURES.get(code or "")
    if template is not None:
        return _filled(template, params) or message
    coded = coded_text(code, params)  # a write the disk refused, an engine that cannot speak, a bug…
    if coded is not None:
        return coded
    return _provider_sentence(message, kind)


def stop_text(stop: StopReason) -> str:
    """Why a render stopped (a RenderJob's StopReason) in the interface language."""
    return coded_text(stop.code, stop.params) or _provider_sentence(stop.message, stop.kind)


def _provider_sentence(message: str, kind: str | None) -> str:
    ours, said = plain_message(message, kind)
    return f"{ours} ({said})" if said else ours
