"""A lexicon that cannot be imported: in English the window says what the core (and the CLI) says, word
for word, from the error's code and parameters; in French it is French. Real files on disk, read by the
core's own reader."""

from __future__ import annotations

import pytest

from studio.core.pls import MAX_BYTES, parse_pls, read_pls
from studio.core.pronunciation import PronunciationError
from studio.gui.kit.provider_text import error_text

LEXICON_NS = "http://www.w3.org/2005/01/pronunciation-lexicon"
FILES = {
    "mismatched": f'<lexicon xmlns="{LEXICON_NS}">\n  <lexeme><grapheme>A</grapheme></lexem>\n</lexicon>',
    "truncated": f'<lexicon xmlns="{LEXICON_NS}">\n  <lexeme>',
    "empty": "",
    "junk": "<lexicon/>\ntrailing words",
    "token": "<lexicon a=1/>",
    "unclosed": "<lexicon></lexicon",
    "entity": "<lexicon>&x;</lexicon>",
    "declaration": ' <?xml version="1.0"?><lexicon/>',  # a space before the declaration
    "untranslated": '<lexicon alphabet="ipa" alphabet="x-cmu"/>',  # duplicate attribute: expat's words
    "html": "<html><body/></html>",
    "doctype": '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa">]><lexicon>&a;</lexicon>',
    "huge": "<lexicon>" + " " * MAX_BYTES + "</lexicon>",
}


def _refusal(tmp_path, kind: str) -> PronunciationError:
    path = tmp_path / f"{kind}.pls"
    if kind == "folder":
        path.mkdir()  # a real read that the system refuses (EISDIR)
    elif kind != "missing":
        path.write_text(FILES[kind], encoding="utf-8")
    with pytest.raises(PronunciationError) as refused:
        read_pls(path)
    return refused.value


KINDS = [*FILES, "missing", "folder"]


@pytest.mark.parametrize("kind", KINDS)
def test_in_english_the_window_says_what_the_core_says(qapp, tmp_path, kind):
    error = _refusal(tmp_path, kind)
    assert error.code == "pls_unreadable"
    assert error_text(error) == str(error)


@pytest.mark.parametrize("kind", KINDS)
def test_in_french_it_is_french(qapp, tmp_path, translator, kind):
    error = _refusal(tmp_path, kind)
    translator("fr")
    said = error_text(error)
    assert said != str(error) and said.startswith(f"{kind}.pls ")
    assert ("vérifiez" in said or "réessayez" in said or "exportez" in said or "(" in said), said


def test_an_unnamed_lexicon_is_named_in_french(qapp, translator):
    with pytest.raises(PronunciationError) as refused:
        parse_pls("<html/>")
    assert error_text(refused.value) == str(refused.value)  # "The pronunciation file is not…"
    translator("fr")
    assert error_text(refused.value).startswith("Le fichier de prononciations n’est pas un lexique")
