"""W3C Pronunciation Lexicon Specification (PLS 1.0) files: read them safely, write them plainly.

A PLS file comes from elsewhere (a colleague, ElevenLabs' download, another tool), so it is parsed as
untrusted XML: a document with a DOCTYPE (where entity definitions and external references live) is
refused before the parser sees it, which rules out entity expansion bombs and external entities with
the standard library alone. Only lexemes are read: each grapheme of a lexeme gets the lexeme's first
(or `prefer="true"`) alias, else its first phoneme.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from studio.core.atomic import write_atomic
from studio.core.coded_error import PLS_UNREADABLE, write_params
from studio.core.pronunciation import (ALPHABETS, PronunciationDictionary, PronunciationError, Rule,
                                       dictionary_of, make_rule)

NS = "http://www.w3.org/2005/01/pronunciation-lexicon"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_BYTES = 5_000_000  # a lexicon of names is kilobytes; a bigger file is a mistake, not a lexicon
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def parse_pls(data: bytes | str, name: str = "") -> PronunciationDictionary:
    """The rules of a PLS document; raise PronunciationError (one sentence) when it is not one."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    where = name or "The pronunciation file"
    if len(raw) > MAX_BYTES:
        mb = str(MAX_BYTES // 1_000_000)
        raise _unreadable(f"{where} is larger than {mb} MB: a pronunciation lexicon should be a list of "
                          "words; check the file.", "too_large", name, mb=mb)
    if _DOCTYPE.search(_as_utf8(raw)):
        raise _unreadable(f"{where} declares a DOCTYPE or entities, which are refused for safety: remove "
                          "the <!DOCTYPE …> line and try again.", "doctype", name)
    try:
        root = ET.fromstring(raw)
    except (ET.ParseError, ValueError) as err:
        # The parser's own words without their position, which is a parameter of its own (line, column).
        line, column = (str(at) for at in err.position) if isinstance(err, ET.ParseError) else ("", "")
        raise _unreadable(f"{where} is not valid XML ({_short(err)}): check that it is a PLS file.",
                          "not_xml", name, line=line, column=column, detail=_short(err).split(": line ")[0],
                          expat=str(getattr(err, "code", "") or "")) from None
    if _local(root.tag) != "lexicon":
        found = _local(root.tag)[:40]
        raise _unreadable(f"{where} is not a pronunciation lexicon (its root is <{found}>, not <lexicon>): "
                          "export it as PLS.", "not_lexicon", name, root=found)
    alphabet = _alphabet(root.get("alphabet"), "ipa")
    rules: list[Rule] = []
    for lexeme in root:
        if _local(lexeme.tag) == "lexeme":
            rules.extend(_lexeme_rules(lexeme, alphabet))
    return dictionary_of(rules, Path(name).stem if name else "", root.get(XML_LANG))


def read_pls(path: str | os.PathLike) -> PronunciationDictionary:
    source = Path(path)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise _unreadable(f"{source.name} was not found: check the path.", "not_found",
                          source.name) from None
    except OSError as err:
        raise PronunciationError(f"{source.name} could not be read ({err.strerror or err}).",
                                 code=PLS_UNREADABLE,
                                 params=write_params(err, reason="unreadable", name=source.name)) from None
    return parse_pls(data, source.name)


def pls_text(dictionary: PronunciationDictionary, language: str | None = None) -> str:
    """The dictionary as a PLS 1.0 document (aliases and phonemes; case sensitivity is not in PLS)."""
    lang = language or dictionary.language or "en-US"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<lexicon version="1.0" xmlns="{NS}" alphabet="ipa" xml:lang={quoteattr(lang)}>']
    for rule in dictionary.rules:
        lines.append("  <lexeme>")
        lines.append(f"    <grapheme>{escape(rule.grapheme)}</grapheme>")
        if rule.alias is not None:
            lines.append(f"    <alias>{escape(rule.alias)}</alias>")
        else:
            attr = "" if rule.alphabet == "ipa" else f" alphabet={quoteattr(rule.alphabet)}"
            lines.append(f"    <phoneme{attr}>{escape(rule.phoneme or '')}</phoneme>")
        lines.append("  </lexeme>")
    lines.append("</lexicon>")
    return "\n".join(lines) + "\n"


def write_pls(dictionary: PronunciationDictionary, path: str | os.PathLike) -> None:
    """Write atomically (a crash never leaves half a lexicon); OSError goes to the caller."""
    write_atomic(Path(path), pls_text(dictionary).encode("utf-8"))


def _unreadable(message: str, reason: str, name: str, **named: str) -> PronunciationError:
    """A file refused as a lexicon: the English sentence, and its reason and what it names for a window."""
    return PronunciationError(message, code=PLS_UNREADABLE, params={"reason": reason, "name": name, **named})


def _lexeme_rules(lexeme: ET.Element, alphabet: str) -> list[Rule]:
    graphemes = [(el.text or "") for el in lexeme if _local(el.tag) == "grapheme"]
    aliases = [el for el in lexeme if _local(el.tag) == "alias" and (el.text or "").strip()]
    phonemes = [el for el in lexeme if _local(el.tag) == "phoneme" and (el.text or "").strip()]
    rules = []
    for grapheme in graphemes:
        try:
            if aliases:
                rules.append(make_rule(grapheme, alias=_preferred(aliases).text))
            elif phonemes:
                chosen = _preferred(phonemes)
                rules.append(make_rule(grapheme, phoneme=chosen.text,
                                       alphabet=_alphabet(chosen.get("alphabet"), alphabet)))
        except PronunciationError:
            continue  # an empty or unusable entry is skipped; the rest of the lexicon still counts
    return rules


def _as_utf8(raw: bytes) -> bytes:
    """The document in UTF-8 for the DOCTYPE check: a UTF-16/32 file would hide "<!DOCTYPE" from a
    byte search while expat still reads it."""
    head = raw[:4]
    if b"\x00" in head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        for codec in ("utf-32", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            try:
                return raw.decode(codec).encode("utf-8")
            except UnicodeError:
                continue
    return raw


def _preferred(elements: list[ET.Element]) -> ET.Element:
    return next((el for el in elements if el.get("prefer") == "true"), elements[0])


def _alphabet(value: str | None, default: str) -> str:
    if value is None:
        return default
    value = value.strip().lower()
    # "cmu-arpabet" is the name ElevenLabs' rules use for what PLS calls x-cmu.
    return "x-cmu" if value in ("x-cmu", "cmu", "cmu-arpabet", "x-arpabet") else value if value in ALPHABETS else default


def _local(tag: object) -> str:
    text = tag if isinstance(tag, str) else ""  # comments and processing instructions have no str tag
    return text.rsplit("}", 1)[-1]


def _short(err: Exception) -> str:
    return str(err).splitlines()[0][:80] if str(err) else type(err).__name__
