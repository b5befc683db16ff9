"""Languages for a dubbed video's tracks: ISO 639 codes as containers want them, and a guess from the text.

The app knows nothing about the subtitles' language from the file (an SRT does not say), so it is
detected simply: the share of very common words (articles, pronouns, prepositions) of each language
among the cue's words, and for non-Latin scripts the script itself. That is right for ordinary
dialogue in the languages listed here and says "don't know" (None) rather than guess on too little text.

Containers differ: Matroska's Language element is ISO 639-2/B ("fre", "ger"), MP4's is ISO 639-2/T
("fra", "deu"); ffmpeg writes whatever code it is given, so the caller picks with container_code().
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    alpha2: str  # ISO 639-1: "fr"
    terminology: str  # ISO 639-2/T: "fra" (MP4)
    bibliographic: str  # ISO 639-2/B: "fre" (Matroska)
    name: str  # English name, for track titles: "French"


LANGUAGES: tuple[Language, ...] = (
    Language("fr", "fra", "fre", "French"), Language("en", "eng", "eng", "English"),
    Language("es", "spa", "spa", "Spanish"), Language("de", "deu", "ger", "German"),
    Language("it", "ita", "ita", "Italian"), Language("pt", "por", "por", "Portuguese"),
    Language("nl", "nld", "dut", "Dutch"), Language("pl", "pol", "pol", "Polish"),
    Language("sv", "swe", "swe", "Swedish"), Language("da", "dan", "dan", "Danish"),
    Language("ro", "ron", "rum", "Romanian"), Language("cs", "ces", "cze", "Czech"),
    Language("tr", "tur", "tur", "Turkish"), Language("ru", "rus", "rus", "Russian"),
    Language("uk", "ukr", "ukr", "Ukrainian"), Language("el", "ell", "gre", "Greek"),
    Language("ar", "ara", "ara", "Arabic"), Language("he", "heb", "heb", "Hebrew"),
    Language("hi", "hin", "hin", "Hindi"), Language("ja", "jpn", "jpn", "Japanese"),
    Language("zh", "zho", "chi", "Chinese"), Language("ko", "kor", "kor", "Korean"),
)
_BY_CODE = {code: lang for lang in LANGUAGES for code in (lang.alpha2, lang.terminology, lang.bibliographic)}

# The most frequent short words of each language. A word two languages share ("que", "de") counts for
# both: the other words decide.
_STOPWORDS = {
    "fr": "le la les un une des du de et est pas je tu il elle nous vous ils que qui ce ça dans pour sur avec "
          "mais ou où on mon ton son c'est j'ai n'est qu'il au aux très bien oui non",
    "en": "the and is are was were you he she it we they that this what with have has not of to in on for "
          "but my your his her at be do don't i'm it's yes no",
    "es": "el los las una unos y es está no yo tú él ella nosotros que qué con para por pero mi tu su del al "
          "muy sí como esto eso",
    "de": "der die das ein eine und ist nicht ich du er sie wir ihr mit für auf aber mein dein sein den dem "
          "zu ja nein was wie auch noch",
    "it": "il lo gli uno una e è non io tu lui lei noi voi che chi con per ma mio tuo suo del della sono "
          "anche molto sì come questo",
    "pt": "o os as um uma e é não eu você ele ela nós que com para por mas meu minha seu sua do da em "
          "muito sim isso está",
    "nl": "de het een en is niet ik jij hij zij wij jullie dat wat met voor op maar mijn jouw zijn van "
          "ja nee ook nog",
    "pl": "i jest nie ja ty on ona my wy że co z na do ale mój twój jego się to tak jak już",
    "sv": "och är inte jag du han hon vi ni att vad med för på men min din det en ett ja nej",
    "ro": "și este nu eu tu el ea noi voi că ce cu pentru pe dar meu tău lui un o da",
    "cs": "a je není já ty on ona my vy že co s na do ale můj tvůj se to ano ne jak",
    "tr": "ve bir bu ne ben sen o biz siz için ile ama değil evet hayır çok da de mi",
}
_WORDS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MIN_HITS = 3  # fewer matching words than this is too little to tell


def find(code: str | None) -> Language | None:
    """The language for an ISO 639-1, 639-2/T or 639-2/B code (any case), or None."""
    return _BY_CODE.get(code.strip().lower()) if code else None


def container_code(code: str | None, container: str) -> str | None:
    """The code to write in a container ("mkv" wants 639-2/B, MP4 and MOV 639-2/T); None stays None.

    A three-letter code we do not know is written as given (the user may know better); anything else
    is refused with ValueError.
    """
    if not code:
        return None
    lang = find(code)
    if lang is None:
        if re.fullmatch(r"[a-zA-Z]{3}", code.strip()):
            return code.strip().lower()
        raise ValueError(f"{code} is not an ISO 639 language code (e.g. fr, fra or fre).")
    return lang.bibliographic if container in ("mkv", "matroska") else lang.terminology


def detect_language(texts: Iterable[str]) -> Language | None:
    """The language the texts are written in, or None when they are too short or too mixed to tell."""
    scripts: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for text in texts:
        lowered = text.lower().replace("’", "'")
        for char in lowered:
            script = _script(char)
            if script:
                scripts[script] += 1
                if char in "іїєґ":  # letters only Ukrainian writes in Cyrillic
                    scripts["ukrainian"] += 1
        for word in _WORD.findall(lowered):
            for lang, words in _WORDS.items():
                if word in words:
                    hits[lang] += 1
    letters = sum(count for script, count in scripts.items() if script != "ukrainian")
    if letters:
        script, count = scripts.most_common(1)[0]
        if script != "latin" and count >= letters / 2:
            return find(_script_language(script, scripts))
    if not hits:
        return None
    (best, count), *rest = hits.most_common(2) + [("", 0)]
    runner_up = rest[0][1] if rest else 0
    if count < _MIN_HITS or count < 1.3 * runner_up:
        return None
    return find(best)


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    try:
        name = unicodedata.name(char)
    except ValueError:
        return None
    for script in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "DEVANAGARI", "HIRAGANA", "KATAKANA",
                   "HANGUL", "CJK"):
        if name.startswith(script):
            return script.lower()
    return None


def _script_language(script: str, scripts: Counter[str]) -> str:
    if script in ("hiragana", "katakana") or (script == "cjk" and scripts["hiragana"] + scripts["katakana"]):
        return "ja"
    if script == "cyrillic" and scripts["ukrainian"]:
        return "uk"
    return {"cyrillic": "ru", "greek": "el", "arabic": "ar", "hebrew": "he", "devanagari": "hi",
            "hangul": "ko", "cjk": "zh"}[script]
