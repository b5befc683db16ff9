"""A file opened in a legacy encoding, edited and saved, reopens to the same cues (issue 14 §5).

Before: saving kept the encoding blindly, and >= 200 fuzz inputs reopened as other letters (a cp1252
file whose new lines read as cp1250, a Shift-JIS file that reopened as another encoding). Now the
kept encoding is used only when the saved bytes read back as the same text; otherwise UTF-8.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.core.cues import Cue
from studio.core.document import Document
from studio.core.srt_file import load_srt, save_srt
from tests.core.conftest import CORPUS, load_make_corpus

dialogue = load_make_corpus().dialogue
LEGACY = ["cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1257", "iso8859_2", "iso8859_7",
          "koi8_r", "gb18030", "big5", "shift_jis", "euc_kr"]
ROUND_TRIP = settings(max_examples=250, derandomize=True, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@functools.cache
def repertoire(codec: str) -> str:
    """Letters, digits, punctuation and symbols the codec can write (BMP; CJK included)."""
    chars = []
    for code in range(0x21, 0xA000):
        char = chr(code)
        if unicodedata.category(char)[0] not in "LNPS":
            continue
        try:
            char.encode(codec)
        except UnicodeEncodeError:
            continue
        chars.append(char)
    return "".join(chars)


@st.composite
def cue_texts(draw, codec: str) -> str:
    """One or two lines of words in the codec's repertoire, the way a subtitle line is written: no
    blank line, no line that is only a number, no arrow (those are SubRip's structure, not text)."""
    alphabet = repertoire(codec)
    word = st.text(alphabet=alphabet, min_size=1, max_size=8)
    line = st.lists(word, min_size=1, max_size=6).map(" ".join).filter(
        lambda text: not text.isdigit() and "-->" not in text)
    return "\n".join(draw(st.lists(line, min_size=1, max_size=2)))


@pytest.fixture
def opened(tmp_path):
    def open_copy(language: str, codec: str) -> Path:
        path = tmp_path / "film.srt"
        path.write_bytes((CORPUS / f"lang_{language}_{codec}.srt").read_bytes())
        return path
    return open_copy


@ROUND_TRIP
@given(data=st.data())
def test_any_edit_of_a_legacy_file_reopens_to_the_same_cues(opened, data):
    """Open a legacy file, replace cues with random text the encoding can hold, save, reopen: the cues
    are exactly what was saved, whatever encoding the save chose."""
    language, codec = data.draw(st.sampled_from([s for s in dialogue.SAMPLES if s[1] in LEGACY]))
    path = opened(language, codec)
    doc = load_srt(path)
    writable = doc.encoding
    for row in data.draw(st.lists(st.integers(0, len(doc.cues) - 1), min_size=1, max_size=3, unique=True)):
        doc.set_cue(row, doc.cues[row].with_text(data.draw(cue_texts(writable))))
    save_srt(doc)
    reopened = load_srt(path)
    assert [cue.text for cue in reopened.cues] == [cue.text for cue in doc.cues]
    assert doc.encoding in (writable, "utf-8")  # doc.encoding says what the save wrote
    saved = path.read_bytes()
    assert saved.decode(reopened.encoding) == saved.decode(doc.encoding)


@pytest.mark.parametrize("codec", LEGACY)
@settings(ROUND_TRIP, max_examples=25)  # x 13 encodings
@given(data=st.data())
def test_random_text_in_a_legacy_encoding_saves_and_reopens_the_same(tmp_path, codec, data):
    """A new document in a legacy encoding with random text: save then open gives the same cues."""
    texts = data.draw(st.lists(cue_texts(codec), min_size=1, max_size=10))
    doc = Document(cues=[Cue(i * 2000, i * 2000 + 1500, text) for i, text in enumerate(texts)],
                   encoding=codec, newline="\r\n")
    save_srt(doc, tmp_path / "new.srt")
    reopened = load_srt(tmp_path / "new.srt")
    assert [cue.text for cue in reopened.cues] == texts
    saved = (tmp_path / "new.srt").read_bytes()
    assert saved.decode(reopened.encoding) == saved.decode(doc.encoding)



def test_a_cp1252_file_whose_edit_would_reopen_as_cp1250_is_saved_in_utf8(opened):
    """The fault the fuzzer found, by hand: French cp1252, a new line in Czech-looking letters that
    cp1252 can write ("Řeknu" is not in it, but "Èeknu" is): kept as cp1252 it would reopen as
    cp1250 and show "Čeknu"; the save switches to UTF-8 and the text comes back as typed."""
    path = opened("fr", "cp1252")
    doc = load_srt(path)
    typed = ["Dìkuji, pane doktore. Zítra pøijdu znovu.", "Èekám na vás, je to dùležité.",
             "Možná se uvidíme zítra ráno.", "Ano, dìkuji vám moc."]
    for row, text in enumerate(typed):
        doc.set_cue(row, doc.cues[row].with_text(text))
    for row in range(len(typed), len(doc.cues)):
        doc.set_cue(row, doc.cues[row].with_text("Ještì jednou, prosím, ještì jednou."))
    save_srt(doc)
    assert doc.encoding == "utf-8"
    assert [cue.text for cue in load_srt(path).cues][:4] == typed
