"""PLS files: round trip, what real lexicons contain, refusal of unsafe XML, and a seeded fuzz run."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.core.pls import parse_pls, pls_text, read_pls, write_pls
from studio.core.pronunciation import PronunciationError, dictionary_of, make_rule

FUZZ = settings(max_examples=150, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])

LEXICON = """<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" alphabet="ipa" xml:lang="en-GB">
  <!-- names -->
  <lexeme>
    <grapheme>Apple</grapheme>
    <grapheme>apple</grapheme>
    <phoneme>ˈæpl̩</phoneme>
  </lexeme>
  <lexeme>
    <grapheme>UN</grapheme>
    <alias>United Nations</alias>
    <alias prefer="true">U N</alias>
  </lexeme>
  <lexeme>
    <grapheme>tomato</grapheme>
    <phoneme alphabet="x-cmu">T AH0 M EY1 T OW2</phoneme>
  </lexeme>
  <lexeme><grapheme>empty</grapheme></lexeme>
</lexicon>
"""


def test_reads_a_real_lexicon() -> None:
    d = parse_pls(LEXICON, "names.pls")
    assert [(r.grapheme, r.alias, r.phoneme, r.alphabet) for r in d.rules] == [
        ("Apple", None, "ˈæpl̩", "ipa"), ("apple", None, "ˈæpl̩", "ipa"), ("UN", "U N", None, "ipa"),
        ("tomato", None, "T AH0 M EY1 T OW2", "x-cmu")]
    assert d.name == "names" and d.language == "en-GB"


def test_round_trip_through_a_file(tmp_path) -> None:
    d = dictionary_of([make_rule("Nguyen", "Win"), make_rule("A&B <co>", "A and B"),
                       make_rule("tomato", phoneme="T AH0 M EY1 T OW2", alphabet="x-cmu"),
                       make_rule("Zoë", phoneme="zo.e")])
    path = tmp_path / "names.pls"
    write_pls(d, path)
    assert read_pls(path).rules == d.rules
    assert 'xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"' in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("document", [
    # Billion laughs: entity expansion.
    '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    '<lexicon xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"><lexeme><grapheme>&b;</grapheme>'
    '<alias>x</alias></lexeme></lexicon>',
    # External entity: would read a local file.
    '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY x SYSTEM "file:///etc/passwd">]><lexicon><lexeme>'
    '<grapheme>&x;</grapheme><alias>x</alias></lexeme></lexicon>',
])
def test_doctype_and_entities_are_refused(document) -> None:
    with pytest.raises(PronunciationError, match="DOCTYPE"):
        parse_pls(document)
    with pytest.raises(PronunciationError, match="DOCTYPE"):
        parse_pls(document.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
                  .encode("utf-16"))  # the byte search cannot be dodged with another encoding


@pytest.mark.parametrize(("document", "says"), [
    ("<lexicon><lexeme>", "not valid XML"),
    ("<html><body/></html>", "not a pronunciation lexicon"),
    ("", "not valid XML"),
    (b"\xff\xfe\x00garbage", "not valid XML"),
])
def test_not_a_lexicon_says_so(document, says) -> None:
    with pytest.raises(PronunciationError, match=says):
        parse_pls(document, "names.pls")


def test_missing_file(tmp_path) -> None:
    with pytest.raises(PronunciationError, match="was not found"):
        read_pls(tmp_path / "nope.pls")


WORD = st.text(alphabet=string.ascii_letters + "éèçÀ'- ", min_size=1, max_size=12).filter(
    lambda w: any(c.isalnum() for c in w))


@FUZZ
@given(st.lists(st.tuples(WORD, st.text(min_size=1, max_size=20), st.booleans()), max_size=8))
def test_fuzz_round_trip(entries) -> None:
    rules = []
    for word, said, as_phoneme in entries:
        try:
            rules.append(make_rule(word, None if as_phoneme else said, said if as_phoneme else None))
        except PronunciationError:
            continue
    d = dictionary_of(r for r in rules if "\r" not in r.spoken)  # XML turns CR into LF, as it must
    try:
        back = parse_pls(pls_text(d))
    except PronunciationError:
        # Only characters XML 1.0 cannot carry (control characters) may refuse; never another error.
        assert any(ord(c) < 32 and c not in "\t\n" for r in d.rules for c in r.grapheme + r.spoken)
        return
    assert back.rules == d.rules


@FUZZ
@given(st.one_of(st.binary(max_size=300),
                 st.text(max_size=300).map(lambda t: LEXICON[:200] + t + LEXICON[200:]),
                 st.text(alphabet="<>/!&;=\"' lexicongraphemalias", max_size=200)))
def test_fuzz_parser_only_raises_its_own_error(data) -> None:
    try:
        parse_pls(data)
    except PronunciationError as err:
        assert str(err).endswith(".")
