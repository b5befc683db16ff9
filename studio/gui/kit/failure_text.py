"""Failures in the interface language: a file not written or not opened, a video that cannot be dubbed,
the clip cache full, a render stopped, an offline engine that cannot speak, a pronunciation rule refused
or a lexicon not imported, a natural voice not stored, a bug.

The core and the providers word them in English (the CLI prints them) and give each a `code` and what
its sentence names (`params`, see studio.core.coded_error); here they are worded again from those,
never by reading the English back. The system's own words (strerror) are translated by their errno
name when they are common ones. provider_text.error_text words any error through coded_text first;
problem_text words a line's failure and a render's stop with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from xml.parsers.expat import errors as expat

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP

from studio import secrets
from studio.core import coded_error as coded
from studio.core.render_result import INTERNAL, PROVIDER_FAILING
from studio.providers.offline import ENGINE_UNAVAILABLE

Params = Mapping[str, str]
_PLACE = re.compile(r"%([1-9])")
_CTX = "FailureText"


class FailureText(QObject):
    """The translation context of these texts (`FailureText.tr` for the plurals)."""


# Quotes as the language writes them (French: « Nguyen », with its no-break spaces).
_QUOTED = QT_TRANSLATE_NOOP("ProblemText", "“%1”")


def fill(text: str, *args: str, context: str = _CTX) -> str:
    """text in the interface language, its %1, %2… replaced by args in one pass (a value that holds
    "%2", a typed word or a path, stays as it is)."""
    return _PLACE.sub(lambda match: args[int(match.group(1)) - 1], QCoreApplication.translate(context, text))


def quoted(text: str) -> str:
    return fill(_QUOTED, text, context="ProblemText")


# The system's words for the errors a user meets (its strerror, translated by errno name).
_SYSTEM_WORDS = {
    "ENOSPC": QT_TRANSLATE_NOOP("FailureText", "No space left on device"),
    "EDQUOT": QT_TRANSLATE_NOOP("FailureText", "Disk quota exceeded"),
    "EACCES": QT_TRANSLATE_NOOP("FailureText", "Permission denied"),
    "EPERM": QT_TRANSLATE_NOOP("FailureText", "Operation not permitted"),
    "EROFS": QT_TRANSLATE_NOOP("FailureText", "Read-only file system"),
    "ENOENT": QT_TRANSLATE_NOOP("FailureText", "No such file or directory"),
    "EFBIG": QT_TRANSLATE_NOOP("FailureText", "File too large"),
    "EIO": QT_TRANSLATE_NOOP("FailureText", "Input/output error"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("FailureText", "File name too long"),
}


def system_words(params: Params) -> str:
    """The system's words for a failed call (its strerror, in params["detail"]) in the interface language;
    as the system said them where the language has no translation (each C library words them its own way)."""
    words = _SYSTEM_WORDS.get(params.get("errno", ""))
    said = QCoreApplication.translate(_CTX, words) if words else None
    return said if said and said != words else params["detail"]


# -- files not written (studio.core.atomic.save_failure_advice, export's and mux's advice) ----------
_NOT_SAVED = QT_TRANSLATE_NOOP("FailureText", "%1 was not saved (nothing changed on disk): %2.")
_SAVE_ADVICE = {
    coded.DISK_FULL: QT_TRANSLATE_NOOP("FailureText", "the disk is full: free some space or save elsewhere"),
    coded.NO_PERMISSION: QT_TRANSLATE_NOOP("FailureText", "you have no permission to write there: save elsewhere"),
    coded.FOLDER_GONE: QT_TRANSLATE_NOOP("FailureText", "its folder no longer exists: save elsewhere"),
}
_SAVE_OTHER = QT_TRANSLATE_NOOP("FailureText", "%1: try again or save elsewhere")
_NOT_WRITTEN = QT_TRANSLATE_NOOP("FailureText", "%1 was not written: %2")
_WRITE_ADVICE = {
    ("export", coded.DISK_FULL): QT_TRANSLATE_NOOP(
        "FailureText", "the disk is full: free some space or export to another drive."),
    ("export", coded.NO_PERMISSION): QT_TRANSLATE_NOOP(
        "FailureText", "you have no permission to write there: export elsewhere."),
    ("video", coded.DISK_FULL): QT_TRANSLATE_NOOP("FailureText", "the disk is full: free some space or save elsewhere."),
    ("video", coded.NO_PERMISSION): QT_TRANSLATE_NOOP(
        "FailureText", "you have no permission to write there: save elsewhere."),
}
_FFMPEG_FAILED = QT_TRANSLATE_NOOP("FailureText", "ffmpeg failed (%1).")


def _not_saved(p: Params) -> str:
    advice = _SAVE_ADVICE.get(p["reason"])
    return fill(_NOT_SAVED, p["target"], fill(advice) if advice else fill(_SAVE_OTHER, system_words(p)))


def _not_written(p: Params) -> str:
    advice = _WRITE_ADVICE.get((p["where"], p["reason"]))
    if advice:
        said = fill(advice)
    elif p["reason"] == coded.FFMPEG:
        said = fill(_FFMPEG_FAILED, p["detail"])
    else:
        said = system_words(p) + "."
    return fill(_NOT_WRITTEN, p["target"], said)


# -- subtitle files not opened, characters an encoding cannot hold (studio.core.srt_file) ------------
_NOT_FOUND = (QT_TRANSLATE_NOOP("FailureText", "%1 was not found: check the path."), lambda p: [p["name"]])
_NOT_OPENED: dict[str, tuple[str, Callable[[Params], list[str]]]] = {
    "not_found": _NOT_FOUND,
    "no_permission": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 cannot be read: you have no permission to open it."), lambda p: [p["name"]]),
    "unreadable": (QT_TRANSLATE_NOOP("FailureText", "%1 cannot be read: %2."),
                   lambda p: [p["name"], system_words(p)]),
    "empty": (QT_TRANSLATE_NOOP("FailureText", "%1 is empty: it holds no subtitles."), lambda p: [p["name"]]),
    "no_timecode": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 is not a SubRip subtitle file: no timecode line (00:00:01,000 --> 00:00:02,000) was "
                       "found in it."), lambda p: [p["name"]]),
    "binary": (QT_TRANSLATE_NOOP("FailureText", "%1 is not a subtitle file: it contains binary data."),
               lambda p: [p["name"]]),
    "no_encoding": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 is not a subtitle file: its bytes do not form text in any known encoding."),
        lambda p: [p["name"]]),
    "unknown_encoding": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 is not an encoding this app knows: pick another one."), lambda p: [p["encoding"]]),
    "bad_encoding": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 is not valid %2 (line %3): reopen it with another encoding."),
        lambda p: [p["name"], p["encoding"], p["line"]]),
    # Project files (studio.core.project.load_project); %2: what the reader found wrong, as it says it.
    "not_project": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 is not a readable project file (%2): open the subtitle file instead."),
        lambda p: [p["name"], p["detail"]]),
    "not_ours": (QT_TRANSLATE_NOOP("FailureText", "%1 is not a Dubbing Studio project file."),
                 lambda p: [p["name"]]),
    "newer": (QT_TRANSLATE_NOOP("FailureText", "%1 was written by a newer Dubbing Studio: update the app to open "
                                               "it."), lambda p: [p["name"]]),
    "damaged": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 has a damaged field (%2): fix it in a text editor, or open the subtitle file instead."),
        lambda p: [p["name"], p["detail"]]),
}
_NOT_ENCODABLE = QT_TRANSLATE_NOOP(
    "FailureText", "%1 cannot be written in %2: save as UTF-8 instead, or replace that character.")
_NOT_ENCODABLE_ROW = QT_TRANSLATE_NOOP(
    "FailureText", "%1 (subtitle %2) cannot be written in %3: save as UTF-8 instead, or replace that character.")


def _not_encodable(p: Params) -> str:
    if p["row"]:
        return fill(_NOT_ENCODABLE_ROW, quoted(p["char"]), p["row"], p["codec"])
    return fill(_NOT_ENCODABLE, quoted(p["char"]), p["codec"])


# -- videos and dubs that cannot be used or dubbed (studio.core.media_probe, studio.core.mux) -------
_MEDIA_UNUSABLE: dict[str, tuple[str, Callable[[Params], list[str]]]] = {
    "not_found": _NOT_FOUND,
    "slow": (QT_TRANSLATE_NOOP("FailureText", "%1 could not be read: ffmpeg took too long to open it."),
             lambda p: [p["name"]]),
    "no_ffmpeg": (QT_TRANSLATE_NOOP("FailureText", "ffmpeg could not be started: %1."),
                  lambda p: [p["detail"]]),
    "unreadable": (QT_TRANSLATE_NOOP("FailureText", "%1 could not be read as a video (%2)."),
                   lambda p: [p["name"], p["detail"]]),
    "no_picture": (QT_TRANSLATE_NOOP("FailureText", "%1 has no video stream: pick the video file itself."),
                   lambda p: [p["name"]]),
    "no_sound": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 has no sound of its own to keep or duck: use 'replace' to give it the dub as its "
                       "only audio."), lambda p: [p["name"]]),
    "dub_silent": (QT_TRANSLATE_NOOP("FailureText", "%1 holds no audio: export the dub again."),
                   lambda p: [p["name"]]),
}
_NOT_MUXABLE = {
    "sound": QT_TRANSLATE_NOOP(
        "FailureText", "The video's sound (%1) cannot go into a %2 file without re-encoding: save as .mkv "
                       "instead."),
    "video": QT_TRANSLATE_NOOP(
        "FailureText", "The video's codec (%1) cannot go into a %2 file without re-encoding: save as .mkv "
                       "instead."),
}
_NOT_DUBBED = QT_TRANSLATE_NOOP("FailureText", "%1 could not be dubbed: ffmpeg failed (%2).")


# -- natural voices not stored or refused (studio.providers.voice_download, voice_packs, voice_install) ---
_VOICE_DISK_FULL = QT_TRANSLATE_NOOP("FailureText", "The disk holding %1 is full: free %2 MB and install again.")
_VOICE_DISK_FULL_SOME = QT_TRANSLATE_NOOP("FailureText", "The disk holding %1 is full: free some space and install "
                                                         "again.")
_VOICE_NOT_WRITTEN = {
    "download": QT_TRANSLATE_NOOP("FailureText", "The voice could not be written to %1: %2."),
    "copy": QT_TRANSLATE_NOOP("FailureText", "The voice could not be copied into %1: %2; free some space or check "
                                             "the folder's permissions."),
    "install": QT_TRANSLATE_NOOP("FailureText", "The voice could not be installed into %1: %2; free some space and "
                                                "install again."),
}
_VOICE_REFUSED: dict[str, tuple[str, Callable[[Params], list[str]]]] = {
    "http": (QT_TRANSLATE_NOOP("FailureText", "%1 answered HTTP %2: check the address, or try again later."),
             lambda p: [p["url"], p["status"]]),
    "checksum": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 does not match its published checksum (%2 %3… instead of %4…): it was not installed; "
                       "download it again."), lambda p: [p["name"], p["algorithm"], p["found"], p["published"]]),
}


def _voice_not_written(p: Params) -> str:
    if p["step"] == "download" and p["reason"] == coded.DISK_FULL:
        return fill(_VOICE_DISK_FULL, p["folder"], p["mb"]) if p["mb"] else fill(_VOICE_DISK_FULL_SOME, p["folder"])
    return fill(_VOICE_NOT_WRITTEN[p["step"]], p["folder"], system_words(p))


# -- pronunciation rules that cannot be made (studio.core.pronunciation.make_rule) -------------------
_RULE_REFUSED: dict[str, tuple[str, Callable[[Params], list[str]]]] = {
    "no_letters": (QT_TRANSLATE_NOOP(
        "FailureText", "A pronunciation needs a word that has letters or digits: type the word as it is "
                       "written in the subtitles."), lambda p: []),
    "too_long": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 is too long for a pronunciation: use a word or a short phrase."),
        lambda p: [quoted(p["word"] + "…")]),
    "bad_alphabet": (QT_TRANSLATE_NOOP(
        "FailureText", "The phoneme alphabet %1 of %2 is not supported: use ipa or x-cmu."),
        lambda p: [quoted(p["alphabet"]), quoted(p["word"])]),
    "nothing_said": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 has no alias or phoneme: type how it should be said."), lambda p: [quoted(p["word"])]),
}


# -- pronunciation lexicons not imported (studio.core.pls.read_pls) ---------------------------------
_UNNAMED_LEXICON = QT_TRANSLATE_NOOP("FailureText", "The pronunciation file")
# The XML parser's words for the faults a hand-edited lexicon has (expat's message, word for word, by
# its code).
_EXPAT_WORDS = {
    str(expat.codes[expat.XML_ERROR_NO_ELEMENTS]): QT_TRANSLATE_NOOP("FailureText", "no element found"),
    str(expat.codes[expat.XML_ERROR_INVALID_TOKEN]): QT_TRANSLATE_NOOP(
        "FailureText", "not well-formed (invalid token)"),
    str(expat.codes[expat.XML_ERROR_UNCLOSED_TOKEN]): QT_TRANSLATE_NOOP("FailureText", "unclosed token"),
    str(expat.codes[expat.XML_ERROR_TAG_MISMATCH]): QT_TRANSLATE_NOOP("FailureText", "mismatched tag"),
    str(expat.codes[expat.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]): QT_TRANSLATE_NOOP(
        "FailureText", "junk after document element"),
    str(expat.codes[expat.XML_ERROR_UNDEFINED_ENTITY]): QT_TRANSLATE_NOOP("FailureText", "undefined entity"),
    str(expat.codes[expat.XML_ERROR_MISPLACED_XML_PI]): QT_TRANSLATE_NOOP(
        "FailureText", "XML or text declaration not at start of entity"),
}
_PLS_UNREADABLE: dict[str, tuple[str, Callable[[Params], list[str]]]] = {
    "not_found": _NOT_FOUND,
    "unreadable": (QT_TRANSLATE_NOOP("FailureText", "%1 could not be read (%2)."),
                   lambda p: [p["name"], system_words(p)]),
    "too_large": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 is larger than %2 MB: a pronunciation lexicon should be a list of words; check "
                       "the file."), lambda p: [p["name"], p["mb"]]),
    "doctype": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 declares a DOCTYPE or entities, which are refused for safety: remove the "
                       "<!DOCTYPE …> line and try again."), lambda p: [p["name"]]),
    "not_lexicon": (QT_TRANSLATE_NOOP(
        "FailureText", "%1 is not a pronunciation lexicon (its root is <%2>, not <lexicon>): export it as "
                       "PLS."),
        lambda p: [p["name"], p["root"]]),
}
_NOT_XML = QT_TRANSLATE_NOOP("FailureText", "%1 is not valid XML (%2): check that it is a PLS file.")
_NOT_XML_AT = QT_TRANSLATE_NOOP(
    "FailureText", "%1 is not valid XML (%2: line %3, column %4): check that it is a PLS file.")


def _pls_unreadable(p: Params) -> str:
    p = {**p, "name": p["name"] or fill(_UNNAMED_LEXICON)}
    if p["reason"] != "not_xml":
        return _by_reason(_PLS_UNREADABLE)(p)
    words = _EXPAT_WORDS.get(p.get("expat", ""))
    said = fill(words) if words else p["detail"]  # the parser's own words where the language has none
    if not p["line"]:
        return fill(_NOT_XML, p["name"], said)
    return fill(_NOT_XML_AT, p["name"], said, p["line"], p["column"])


# -- the clip cache (clip_cache_files.write_advice, paid_requests.journal_failure, rescue) ----------
_CACHE_WRITE = {
    coded.DISK_FULL: QT_TRANSLATE_NOOP(
        "FailureText", "The disk holding the clip cache (%1) is full: free some space or choose another cache "
                       "folder. Clips already rendered are kept."),
    coded.NO_PERMISSION: QT_TRANSLATE_NOOP(
        "FailureText", "The clip cache folder (%1) cannot be written to: choose another cache folder."),
}
_CACHE_OTHER = QT_TRANSLATE_NOOP("FailureText", "A clip could not be saved in the cache (%1): %2.")
_JOURNAL = QT_TRANSLATE_NOOP(
    "FailureText", "The request journal beside the clip cache cannot be written (%1): nothing more is sent. "
                   "Free some space or choose another cache folder.")
_KEPT_IN_MEMORY = QT_TRANSLATE_NOOP(
    "FailureText", "Paid for, but the disk is full: the clip is kept in memory until it can be written.")
_KEPT_RESCUED = QT_TRANSLATE_NOOP(
    "FailureText", "Paid for, but the disk is full: the clip was written to %1 and comes back by itself.")
_CACHE_FULL = QT_TRANSLATE_NOOP("FailureText", "The disk holding the clip cache (%1) is full.")
_NOTHING_MORE = QT_TRANSLATE_NOOP("FailureText", "Nothing more was sent.")


def _cache_write(p: Params) -> str:
    template = _CACHE_WRITE.get(p["reason"])
    return fill(template, p["root"]) if template else fill(_CACHE_OTHER, p["root"], system_words(p))


def _cache_full(p: Params) -> str:
    memory, rescued = int(p["memory"]), int(p["rescued"])
    parts = [fill(_CACHE_FULL, p["root"])]
    if memory:
        parts.append(FailureText.tr("%n paid clip(s) are kept in memory: free some space and press Retry.", "",
                                    memory))
    if rescued:
        parts.append(FailureText.tr("%n paid clip(s) were written to %1; they move back into the cache the next "
                                    "time it opens.", "", rescued).replace("%1", p["rescued_to"]))
    parts.append(fill(_NOTHING_MORE))
    return " ".join(parts)


# -- a render stopped, a bug -------------------------------------------------------------------------
_FAILING = QT_TRANSLATE_NOOP("FailureText", "The provider is failing (%1 ×%2); nothing more was sent.")
_INTERNAL = QT_TRANSLATE_NOOP("FailureText", "Internal error: %1")  # %1: the bug's own words
_ENV_KEY_SPACES = QT_TRANSLATE_NOOP(  # %1: the variable's name (studio.secrets.env_key)
    "FailureText", "%1 contains spaces or line breaks: set it to the API key alone.")


# -- the offline engines (studio.providers.espeak's and piper_voice's failures) ---------------------
_ENGINE: dict[str, tuple[str, Callable[[Params], list[str]]]] = {
    "not_installed": (QT_TRANSLATE_NOOP(
        "FailureText", "The offline voice engine is not installed (espeakng-loader)."), lambda p: []),
    "data_missing": (QT_TRANSLATE_NOOP(
        "FailureText", "The offline voice engine's data is missing: %1."), lambda p: [p["detail"]]),
    "not_loaded": (QT_TRANSLATE_NOOP(
        "FailureText", "The offline voice engine could not be loaded: %1."), lambda p: [p["detail"]]),
    "no_data": (QT_TRANSLATE_NOOP(
        "FailureText", "The offline voice engine could not read its voice data (espeak-ng error %1); reinstall "
                       "the app."), lambda p: [p["status"]]),
    "cannot_select": (QT_TRANSLATE_NOOP(
        "FailureText", "The offline engine could not select the voice %1 (error %2)."),
        lambda p: [quoted(p["voice"]), p["status"]]),
    "failed": (QT_TRANSLATE_NOOP(
        "FailureText", "The offline engine failed to speak this line (error %1)."), lambda p: [p["status"]]),
    "neural_unavailable": (QT_TRANSLATE_NOOP(
        "FailureText", "The natural voice engine (onnxruntime) is not available: %1. Pick an espeak-ng voice."),
        lambda p: [p["detail"]]),
    "voice_damaged": (QT_TRANSLATE_NOOP(
        "FailureText", "The voice %1 is damaged (%2): remove it and install it again."),
        lambda p: [p["voice"], p["detail"]]),
}


def _by_reason(table: Mapping[str, tuple[str, Callable[[Params], list[str]]]]) -> Callable[[Params], str]:
    """The wording of a code whose sentence depends on params["reason"]."""
    def worded(p: Params) -> str:
        text, args_of = table[p["reason"]]
        return fill(text, *args_of(p))
    return worded


_BY_CODE: dict[str, Callable[[Params], str]] = {
    coded.NOT_SAVED: _not_saved,
    coded.NOT_WRITTEN: _not_written,
    coded.NOT_OPENED: _by_reason(_NOT_OPENED),
    coded.NOT_ENCODABLE: _not_encodable,
    coded.RULE_REFUSED: _by_reason(_RULE_REFUSED),
    coded.MEDIA_UNUSABLE: _by_reason(_MEDIA_UNUSABLE),
    coded.NOT_MUXABLE: lambda p: fill(_NOT_MUXABLE[p["what"]], p["codec"], p["suffix"]),
    coded.NOT_DUBBED: lambda p: fill(_NOT_DUBBED, p["name"], p["detail"]),
    coded.VOICE_NOT_WRITTEN: _voice_not_written,
    coded.VOICE_REFUSED: _by_reason(_VOICE_REFUSED),
    coded.CACHE_WRITE: _cache_write,
    coded.JOURNAL_WRITE: lambda p: fill(_JOURNAL, system_words(p)),
    coded.CLIP_KEPT: lambda p: fill(_KEPT_RESCUED, p["rescued_to"]) if p["rescued_to"] else fill(_KEPT_IN_MEMORY),
    coded.CACHE_FULL: _cache_full,
    PROVIDER_FAILING: lambda p: fill(_FAILING, p["label"], p["count"]),
    INTERNAL: lambda p: fill(_INTERNAL, p["detail"]),
    ENGINE_UNAVAILABLE: _by_reason(_ENGINE),
    coded.PLS_UNREADABLE: _pls_unreadable,
    secrets.ENV_KEY_SPACES: lambda p: fill(_ENV_KEY_SPACES, p["var"]),
}


def coded_text(code: str | None, params: Params) -> str | None:
    """The failure of this code in the interface language; None for a code not worded here, or
    params that lack what its sentence names."""
    wording = _BY_CODE.get(code or "")
    if wording is None:
        return None
    try:
        return wording(params)
    except (KeyError, ValueError):
        return None
