"""The voice picker's sentences: the plan and slot notice, the add confirmation, and why a voice has no
preview. Kept apart from the dialog, which holds behaviour; the texts keep the dialog's translation
context, so the catalogue finds them under the same name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.gui.kit.number_text import short_number
from studio.providers.base import Voice

translate = QCoreApplication.translate


def paid_plan_text() -> str:
    return translate("VoicePickerDialog", "Voice Library voices cannot be used through the API on the free plan: "
                     "pick one of your voices or a default voice, or upgrade your ElevenLabs plan.")


def notice_text(tier: str | None, paid_plan_refused: bool, used: int | None, limit: int | None) -> str:
    """The one plain sentence that matters most right now: free plan, then full slots ("" for none)."""
    if tier == "free":
        return translate("VoicePickerDialog", "Your ElevenLabs plan is free: Voice Library voices cannot be used "
                         "through the API. Pick one of your voices or a default voice, or upgrade your plan.")
    if paid_plan_refused:
        return paid_plan_text()
    if used is not None and limit is not None and used >= limit:
        return translate("VoicePickerDialog", "All your voice slots are used (%1 of %2): a Voice Library voice "
                         "cannot be added until you remove one. See Library copies… to free a slot.").replace(
            "%1", str(used)).replace("%2", str(limit))
    return ""


def add_question(voice: Voice, used: int | None, limit: int | None) -> str:
    """The confirmation before a library voice takes a slot: what it takes, and what it charges."""
    if used is not None and limit is not None:
        cost = translate("VoicePickerDialog", "It takes 1 of your voice slots: %1 of %2 will be used.").replace(
            "%1", str(used + 1)).replace("%2", str(limit))
    else:
        cost = translate("VoicePickerDialog", "It takes 1 of your voice slots.")
    text = (translate("VoicePickerDialog", "Add “%1” to My Voices?").replace("%1", voice.name) + " " + cost + " "
            + translate("VoicePickerDialog", "You can remove it later to free the slot."))
    if voice.rate is not None and voice.rate != 1:
        text += " " + translate("VoicePickerDialog", "Its owner charges ×%1 the usual credits per character.").replace(
            "%1", short_number(voice.rate))
    return text


def preview_reason(voice: Voice | None) -> tuple[str, str]:
    """(short note beside the Preview button, sentence for its tooltip); the note is "" when the
    button works or nothing is selected."""
    if voice is None:
        return "", translate("VoicePickerDialog", "Select a voice to hear its sample.")
    if voice.preview_url:
        return "", translate("VoicePickerDialog", "Play the voice's sample. Previews are free and never add the "
                             "voice to My Voices.")
    if voice.category == "narakeet":
        return (translate("VoicePickerDialog", "No free preview: needs your account"),
                translate("VoicePickerDialog", "Narakeet publishes no samples: hearing a voice means rendering "
                          "with your account, which uses your balance. Use it for one line, then play that line."))
    if voice.category == "offline":  # installed offline voices speak their own preview
        return (translate("VoicePickerDialog", "Not installed yet"),
                translate("VoicePickerDialog", "Install this voice to hear it: it then speaks its own "
                          "preview, free and offline."))
    return (translate("VoicePickerDialog", "No preview for this voice"),
            translate("VoicePickerDialog", "The provider gives no sample of this voice: use it for one line, "
                      "then play that line."))
