"""Measure: how many legacy-encoded subtitle files decode to exactly the text that was written.

Run on demand:  .venv/bin/python tests/bench/bench_encodings.py [--before /path/to/old/checkout]
Each language sample of tests/data/dialogue.py (10 cues) is tried whole and cut to its first 1, 2
and 5 cues (short files are where statistics fail), in every encoding the corpus lists. Beside the
app's decode() the same inputs go through charset-normalizer alone (what the app used before),
and, with --before, through the decode() of another checkout (the figures before a change).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "data"))

import dialogue  # noqa: E402

CUTS = (1, 2, 5, 10)
# One line each: the hardest case. Western lines must stay cp1252; the others must not become it.
WESTERN_LINES = [
    "Où vas-tu ?", "Très bien, merci.", "C’est génial !", "Je t’aime, Zoé.", "À demain, Élodie.",
    "Qu’est-ce que c’est ?", "Il fait très froid à Noël.", "Señorita, ¿está aquí?", "Mañana por la mañana.",
    "Ich weiß es nicht.", "Grüß Gott!", "Tschüss, Jürgen!", "Perché no? È così.", "Não sei, São Paulo.",
    "Ça suffit !", "Höchste Zeit.", "Über alles.", "El niño pequeño.", "Déjà vu.", "Voilà, c’est fini…",
    "Naïve, ce garçon.", "L’hôtel est fermé.", "Dieu sait où.", "Föhn und Bö.", "Où est la clé ?",
    "Café crème, s’il te plaît.", "5 € pour deux", "Köln, München, Düsseldorf", "Å, det är bra.",
    "Smørrebrød og øl.",
]
OTHER_LINES = [
    ("Čao, kako si?", "cp1250"), ("Hvala lijepa, Đorđe.", "cp1250"), ("Dobrý den, paní Nováková.", "cp1250"),
    ("Dziękuję bardzo!", "cp1250"), ("Zaraz wrócę, obiecuję.", "cp1250"), ("Łódź jest daleko.", "cp1250"),
    ("Köszönöm szépen!", "cp1250"), ("Ďakujem, že si prišiel.", "cp1250"), ("Hvala, se vidiva jutri.", "cp1250"),
    ("Teşekkürler, görüşürüz.", "cp1254"), ("Nasılsın? İyiyim.", "cp1254"), ("Ačiū, iki pasimatymo.", "cp1257"),
    ("Paldies, uz redzēšanos!", "cp1257"), ("Γεια σου, τι κάνεις;", "cp1253"), ("Спасибо, до свидания.", "cp1251"),
    ("Дякую, до побачення.", "cp1251"), ("Благодаря, довиждане.", "cp1251"),
]


def cases() -> list[tuple[str, str, int, str]]:
    """(language, codec, cues, exact SubRip text) for every sample and cut."""
    out = []
    for language, codec in dialogue.SAMPLES:
        blocks = dialogue.srt_text(language).replace("\n", "\r\n").split("\r\n\r\n")
        for cut in CUTS:
            out.append((language, codec, cut, "\r\n\r\n".join(blocks[:cut])))
    return out


def one_liners() -> list[tuple[str, str, int, str]]:
    lines = [("western", "cp1252", line) for line in WESTERN_LINES]
    lines += [("other", codec, line) for line, codec in OTHER_LINES]
    return [(group, codec, 1, f"1\r\n00:00:01,000 --> 00:00:02,000\r\n{line}\r\n") for group, codec, line in lines]


def score(decode: Callable[[bytes], str | None], inputs: list | None = None) -> tuple[int, list[str]]:
    right, wrong = 0, []
    for language, codec, cut, text in (cases() if inputs is None else inputs):
        try:
            got = decode(text.encode(codec))
        except Exception:  # noqa: BLE001 - a refusal counts as wrong
            got = None
        if got == text:
            right += 1
        else:
            wrong.append(f"{language}/{codec}/{cut}")
    return right, wrong


def decode_with(root: Path) -> Callable[[bytes], str | None]:
    sys.path.insert(0, str(root))
    for name in [n for n in sys.modules if n.startswith("studio")]:
        del sys.modules[name]
    module = importlib.import_module("studio.core.encoding")
    sys.path.pop(0)
    return lambda data: module.decode(data).text


def charset_normalizer_alone(data: bytes) -> str | None:
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    return None if best is None else str(best)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=Path, help="another checkout whose decode() to measure too")
    args = parser.parse_args()
    total = len(cases())
    rows = [("charset-normalizer alone", charset_normalizer_alone)]
    if args.before:
        rows.append((f"decode() of {args.before}", decode_with(args.before)))
    rows.append(("decode() of this checkout", decode_with(ROOT)))
    for label, function in rows:
        right, wrong = score(function)
        whole = sum(1 for case in wrong if case.endswith("/10"))
        print(f"{label:40} {right:3}/{total} exact; 10-cue files {len(dialogue.SAMPLES) - whole}/"
              f"{len(dialogue.SAMPLES)}; wrong: {' '.join(wrong) or '-'}")
        lines = one_liners()
        right, wrong = score(function, lines)
        western = sum(1 for case in wrong if case.startswith("western"))
        print(f"{'':40} one-line files: Western {len(WESTERN_LINES) - western}/{len(WESTERN_LINES)} stay "
              f"cp1252, others {len(OTHER_LINES) - len(wrong) + western}/{len(OTHER_LINES)} exact")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
