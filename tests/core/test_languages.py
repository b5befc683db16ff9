"""The subtitles' language, guessed from their words (or script), and the codes containers want."""

from __future__ import annotations

import pytest

from studio.core.languages import container_code, detect_language, find
from tests.french_film import french_srt


@pytest.mark.parametrize("lines, expected", [
    (["Bonjour et bienvenue dans l'atelier de doublage.", "- Tu es prête ?", "Ça coûte 0 € : c'est l'été !"], "fr"),
    (["Where were you last night?", "I don't know, it's not my problem.", "Yes, this is the one."], "en"),
    (["¿Dónde estabas anoche?", "No lo sé, pero es muy tarde para mí.", "Sí, esto es todo."], "es"),
    (["Ich weiß nicht, was das ist.", "Wir sind mit dem Auto hier, aber nicht lange."], "de"),
    (["Non lo so, ma è molto tardi.", "Questo è il mio amico, anche lui viene."], "it"),
    (["Ik weet het niet, maar het is niet mijn probleem.", "Wat doe jij hier?"], "nl"),
    (["Привет, как дела?", "Я не знаю, где он."], "ru"),
    (["Привіт, як справи?", "Я не знаю, де він є."], "uk"),
    (["こんにちは、元気ですか。", "私は知りません。"], "ja"),
    (["你好，你在哪里？", "我不知道。"], "zh"),
    (["안녕하세요, 어디 가세요?"], "ko"),
    (["مرحبا، كيف حالك؟"], "ar"),
])
def test_the_language_is_told_from_ordinary_dialogue(lines, expected):
    assert detect_language(lines).alpha2 == expected


def test_a_whole_film_with_markup_speaker_labels_and_notes_is_french():
    texts = [block.split("\n", 2)[2] for block in french_srt(60).split("\n\n")]
    assert detect_language(texts).terminology == "fra"


@pytest.mark.parametrize("lines", [[], ["OK."], ["♪ ♪", "[musique]"], ["12:30", "1 250 €"]])
def test_too_little_text_is_not_guessed(lines):
    assert detect_language(lines) is None


def test_containers_get_the_code_flavour_they_read():
    assert [container_code(code, "mkv") for code in ("fr", "fra", "fre", "FR")] == ["fre"] * 4
    assert [container_code(code, "mp4") for code in ("fr", "fre", "de", "zh")] == ["fra", "fra", "deu", "zho"]
    assert container_code("bre", "mp4") == "bre"  # a code we do not list is written as given
    assert container_code(None, "mp4") is None
    with pytest.raises(ValueError, match="not an ISO 639 language code"):
        container_code("French", "mkv")
    assert find("fre").name == "French" and find("xx") is None
