"""Open and save SubRip files: bytes to Document and back, keeping encoding and line endings."""

from __future__ import annotations

import codecs
import io
import os
from pathlib import Path

import pysrt

from studio.core.atomic import save_failure_advice, write_atomic
from studio.core.coded_error import NOT_ENCODABLE, NOT_OPENED, NOT_SAVED, CodedError, write_params
from studio.core.cues import ENCODING, Problem
from studio.core.document import Document
from studio.core.encoding import Decoded, NotText, decode, decode_as
from studio.core.safe_read import MB, RefusedFile, read_regular
from studio.core.srt_reader import parse_srt, split_lines

BACKUP_SUFFIX = ".bak"
# No real subtitle file is this big (a 3-hour film is ~200 KB); bigger is a video picked by mistake.
MAX_BYTES = 50 * MB


class SubtitleError(CodedError):
    """A subtitle file that cannot be opened or saved; the message says what to do."""


def load_srt(path: str | os.PathLike, encoding: str | None = None) -> Document:
    """Read a SubRip file into a Document, or raise SubtitleError with a one-line reason.

    encoding (a Python codec name) skips detection: the user said which one the file is in.
    Only a regular file of at most MAX_BYTES is read (a FIFO or /dev/zero is refused at once).
    """
    path = Path(path)
    name = path.name
    try:
        data = read_regular(path, MAX_BYTES, "subtitle file")
    except RefusedFile as err:
        raise SubtitleError(str(err)) from None
    except FileNotFoundError:
        raise SubtitleError(f"{name} was not found: check the path.", code=NOT_OPENED,
                            params={"name": name, "reason": "not_found"}) from None
    except PermissionError:
        raise SubtitleError(f"{name} cannot be read: you have no permission to open it.", code=NOT_OPENED,
                            params={"name": name, "reason": "no_permission"}) from None
    except OSError as err:
        raise SubtitleError(f"{name} cannot be read: {err.strerror or err}.", code=NOT_OPENED,
                            params=write_params(err, name=name, reason="unreadable")) from None
    doc = parse_srt_bytes(data, name, encoding)
    doc.path = path
    return doc


def parse_srt_bytes(data: bytes, name: str = "the file", encoding: str | None = None) -> Document:
    """Decode (with encoding, else by detection) and parse SubRip bytes; name is only used in messages."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise SubtitleError(f"{name} is empty: it holds no subtitles.", code=NOT_OPENED,
                            params={"name": name, "reason": "empty"})
    decoded = _decoded(data, name, encoding)
    parsed = parse_srt(decoded.text)
    if not parsed.cues:
        raise SubtitleError(f"{name} is not a SubRip subtitle file: no timecode line "
                            "(00:00:01,000 --> 00:00:02,000) was found in it.", code=NOT_OPENED,
                            params={"name": name, "reason": "no_timecode"})
    problems = [p for p in parsed.problems if p.row is None]
    for offset in decoded.repaired[:20]:
        line = len(split_lines(decoded.text[:offset]))
        char = decoded.text[offset]
        problems.append(Problem(ENCODING, f"A byte that is not {decoded.encoding.upper()} was read as "
                                f"{char!r}; check this line.", line,
                                params={"encoding": decoded.encoding.upper(), "char": char}))
    # The reader's bad-timecode problems are also the cues' own (the document reports them).
    return Document(cues=parsed.cues, encoding=decoded.encoding, bom=decoded.bom,
                    newline=_newline_of(decoded.text), file_problems=[
                        p for p in problems if p.kind != "bad_timecode"])


def _decoded(data: bytes, name: str, encoding: str | None) -> Decoded:
    if encoding is None:
        try:
            return decode(data)
        except NotText as err:
            raise SubtitleError(f"{name} is not a subtitle file: {err}.", code=NOT_OPENED,
                                params={"name": name, "reason": err.reason}) from None
    try:
        return decode_as(data, encoding)
    except LookupError:
        raise SubtitleError(f"{encoding} is not an encoding this app knows: pick another one.", code=NOT_OPENED,
                            params={"name": name, "reason": "unknown_encoding", "encoding": encoding}) from None
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise SubtitleError(f"{name} is not valid {encoding.upper()} (line {line}): reopen it with "
                            "another encoding.", code=NOT_OPENED, params={
                                "name": name, "reason": "bad_encoding", "encoding": encoding.upper(),
                                "line": str(line)}) from None


def _newline_of(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))
    return best[1] if best[0] else "\n"


def to_srt_text(doc: Document) -> str:
    """Return the document as SubRip text with "\\n" line ends, numbered from 1."""
    items = pysrt.SubRipFile(items=[
        pysrt.SubRipItem(index=i, start=pysrt.SubRipTime.from_ordinal(max(0, cue.start_ms)),
                         end=pysrt.SubRipTime.from_ordinal(max(0, cue.end_ms)), text=cue.text,
                         position=cue.position)
        for i, cue in enumerate(doc.cues, start=1)
    ])
    out = io.StringIO()
    items.write_into(out, eol="\n")
    return out.getvalue()


def save_srt(doc: Document, path: str | os.PathLike | None = None, *, encoding: str | None = None) -> Path:
    """Save atomically, keeping the file's encoding and line endings unless encoding is given.

    The kept encoding is used only if the bytes read back as the same text: a cp1252 file whose new
    lines the detector would take for cp1250 (or any encoding guess that does not hold) is written in
    UTF-8 instead, and doc.encoding says so afterwards (callers compare it to tell the user).
    The file being replaced is kept next to it with BACKUP_SUFFIX. Raises SubtitleError when the text
    cannot be written in the chosen encoding (the message names the line) or the disk refuses.
    """
    target = Path(path) if path is not None else doc.path
    if target is None:
        raise SubtitleError("This document has no file yet: choose where to save it.")
    codec = encoding or doc.encoding
    bom = doc.bom if encoding is None else False
    text = to_srt_text(doc).replace("\n", doc.newline)
    data = _encode(text, codec, bom, doc, target.name)
    if encoding is None and not reads_back(data, text):
        codec, bom, data = "utf-8", False, text.encode("utf-8")
    try:
        write_atomic(target, data, backup_suffix=BACKUP_SUFFIX)
    except OSError as err:
        raise SubtitleError(f"{target.name} was not saved (nothing changed on disk): "
                            f"{save_failure_advice(err)}.", code=NOT_SAVED,
                            params=write_params(err, target=target.name)) from None
    doc.path = target
    doc.encoding, doc.bom = codecs.lookup(codec).name, bom
    return target


def reads_back(data: bytes, text: str) -> bool:
    """Whether opening data (detection and all) gives exactly text: what a save must guarantee."""
    try:
        return decode(data).text == text
    except NotText:
        return False


def _encode(text: str, codec: str, bom: bool, doc: Document, name: str) -> bytes:
    base = {"utf-8-sig": "utf-8"}.get(codec, codec)
    try:
        data = text.encode(base)
    except UnicodeEncodeError as err:
        bad = err.object[err.start]
        row = _row_of_char(doc, bad)
        where = f" (subtitle {row + 1})" if row is not None else ""
        raise SubtitleError(f"“{bad}”{where} cannot be written in {codec.upper()}: save as UTF-8 "
                            "instead, or replace that character.", code=NOT_ENCODABLE, params={
                                "char": bad, "codec": codec.upper(), "row": "" if row is None else str(row + 1)},
                            ) from None
    if bom or codec == "utf-8-sig":
        data = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
                "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(base, b"") + data
    return data


def _row_of_char(doc: Document, char: str) -> int | None:
    return next((row for row, cue in enumerate(doc.cues) if char in cue.text), None)
