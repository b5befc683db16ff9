"""The committed corpus is exactly what tests/data/make_corpus.py builds."""

from __future__ import annotations

from tests.core.conftest import CORPUS, load_make_corpus


def test_corpus_files_match_the_script():
    """Every corpus file on disk has the bytes make_corpus.py builds (re-run it after editing it)."""
    built = load_make_corpus().build()
    on_disk = {p.name: p.read_bytes() for p in CORPUS.iterdir() if p.is_file()}
    assert sorted(on_disk) == sorted(built)
    for name, data in built.items():
        assert on_disk[name] == data, f"{name} differs from make_corpus.py: run it again"


def test_corpus_is_deterministic():
    """Building the corpus twice gives the same bytes (the random files are seeded)."""
    module = load_make_corpus()
    assert module.build() == module.build()
