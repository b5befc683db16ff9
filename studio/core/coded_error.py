"""Errors worded twice: in English by the core (the CLI prints it), and by the window in its own language.

The window never reads the English back: an error carries a stable `code` and what its sentence names
(`params`, by name), as providers' errors and subtitle problems already do. A write the disk refused
says why in `params["reason"]`, one of the reasons below, and the system's own words in "detail".
"""

from __future__ import annotations

import errno
from collections.abc import Mapping

# Why a write failed (params["reason"]).
DISK_FULL = "disk_full"
NO_PERMISSION = "no_permission"
FOLDER_GONE = "folder_gone"
OTHER = "other"
FFMPEG = "ffmpeg"  # ffmpeg failed writing for another reason (detail: its last words)

# Codes (error.code) of the failures the window words from their parameters.
NOT_SAVED = "not_saved"          # a subtitle or project file: target, reason, detail
NOT_OPENED = "not_opened"        # a subtitle file: name, reason (below, or a write reason), what it names
NOT_ENCODABLE = "not_encodable"  # a character a save's encoding cannot hold: char, codec, row ("" unknown)
RULE_REFUSED = "rule_refused"    # a pronunciation rule that cannot be made: reason, word, alphabet
MEDIA_UNUSABLE = "media_unusable"  # a video (or a dub) that cannot be used: reason, name, detail
NOT_MUXABLE = "not_muxable"      # a stream the container refuses as it is: what (sound/video), codec, suffix
NOT_DUBBED = "not_dubbed"        # ffmpeg failed dubbing a video: name, detail
VOICE_NOT_WRITTEN = "voice_not_written"  # a natural voice not stored: step (download/copy/install), folder,
                                         # reason, detail, mb (the download's size, "" unknown)
VOICE_REFUSED = "voice_refused"  # a voice download refused: reason (http/checksum), what it names
NOT_WRITTEN = "not_written"      # an exported dub or a dubbed video: target, reason, detail; where ("export")
CACHE_WRITE = "cache_write"      # a clip into the clip cache: root, reason, detail
JOURNAL_WRITE = "journal_write"  # the request journal beside the clip cache: reason, detail
CLIP_KEPT = "clip_kept"          # a paid clip the full cache could not take: rescued_to ("" in memory)
CACHE_FULL = "cache_full"        # a render stopped on a full cache: root, memory, rescued, rescued_to
PLS_UNREADABLE = "pls_unreadable"  # a pronunciation lexicon not imported: reason, name ("" unnamed),
                                   # what it names


class CodedError(Exception):
    """An error whose English sentence is str(error) and whose `code` and `params` say the same."""

    def __init__(self, message: str = "", *, code: str | None = None,
                 params: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.params = dict(params or {})


def write_reason(error: OSError) -> str:
    """DISK_FULL, NO_PERMISSION, FOLDER_GONE or OTHER for a write that raised error."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DISK_FULL
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NO_PERMISSION
    if error.errno == errno.ENOENT:
        return FOLDER_GONE
    return OTHER


def write_params(error: OSError, **named: str) -> dict[str, str]:
    """The params of a refused write: why (reason), the system's words (detail), and what it names."""
    return {"reason": write_reason(error), "errno": errno.errorcode.get(error.errno or 0, ""),
            "detail": str(error.strerror or error), **named}
