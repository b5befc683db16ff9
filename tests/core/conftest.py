"""Shared helpers for the core tests: where the SRT corpus lives and what its files contain."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from studio.core.document import Document

DATA = Path(__file__).resolve().parent.parent / "data"
CORPUS = DATA / "srt"


def load_make_corpus():
    """Import tests/data/make_corpus.py (a script, not a package) as a module."""
    name = "make_corpus"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, DATA / "make_corpus.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# The four cues of every fr_* file: (start ms, end ms, text).
FRENCH_CUES = [
    (1000, 3500, "Un café à 5 €, s'il vous plaît."),
    (4000, 6000, "Le cœur a ses raisons\nque la raison ignore."),
    (6500, 9000, "« Où est l’œuvre ? » demanda Étienne…"),
    (10000, 12250, "Ça coûte 12 € : c’est très cher, non ?"),
]
RUSSIAN_CUES = [
    (1000, 3000, "Привет! Как дела?"),
    (3500, 6000, "Всё хорошо, спасибо.\nА у тебя?"),
    (7000, 9500, "Съешь же ещё этих мягких французских булок."),
]

# Files that must be refused; every other corpus file must load.
BAD_FILES = sorted(p.name for p in CORPUS.glob("bad_*"))
GOOD_FILES = sorted(p.name for p in CORPUS.iterdir() if p.is_file() and not p.name.startswith("bad_"))


def timed(doc: Document) -> list[tuple[int, int, str]]:
    """The cues of a document as (start, end, text), the form most tests compare."""
    return [(cue.start_ms, cue.end_ms, cue.text) for cue in doc.cues]


def full(doc: Document) -> list[tuple[int, int, str, str]]:
    """The cues as (start, end, text, position): what a save must keep."""
    return [(cue.start_ms, cue.end_ms, cue.text, cue.position) for cue in doc.cues]


@pytest.fixture
def corpus_copy(tmp_path):
    """Copy one corpus file into tmp_path (so a test may save over it) and return the copy's path."""
    def copy(name: str) -> Path:
        target = tmp_path / name
        target.write_bytes((CORPUS / name).read_bytes())
        return target
    return copy
