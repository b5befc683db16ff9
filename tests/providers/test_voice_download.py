"""Installing a voice over HTTP: a loopback host serves joe like huggingface.co serves Piper voices."""

from __future__ import annotations

import errno
import threading

import pytest

from studio.providers.voice_catalogue import CATALOGUE_ENV
from studio.providers.voice_download import DownloadCancelled, DownloadError, check_url
from studio.providers.voice_install import checksum_note, install
from studio.providers.voice_packs import VoicePackError, VoiceStore
from tests.emulators.closed_port import closed_port_url
from tests.neural_fixtures import (JOE_ID, JOE_KEY, joe_files, served_catalogue, voice_host,  # noqa: F401
                                   write_catalogue)

SIZE = joe_files()[0].stat().st_size


@pytest.fixture
def store(tmp_path) -> VoiceStore:
    return VoiceStore(tmp_path / "data" / "voices")


def leftovers(store: VoiceStore) -> list[str]:
    """Anything in the voices folder that is not a whole installed voice."""
    if not store.root.exists():
        return []
    whole = {v.key for v in store.installed()}
    return [p.name for p in store.root.iterdir() if p.name not in whole]


def test_a_catalogue_voice_installs_with_progress_and_a_verified_checksum(store, voice_host, served_catalogue):
    seen = []
    voice = install(JOE_KEY, store, progress=seen.append)
    assert voice.voice_id == JOE_ID and voice.sha256_checked and voice.bytes == SIZE
    assert store.get(JOE_ID) == voice and voice.model.read_bytes()[:64] == joe_files()[0].read_bytes()[:64]
    assert seen[-1].done == SIZE and seen[-1].total == SIZE and seen[-1].percent == 100.0
    assert all(a.done <= b.done for a, b in zip(seen, seen[1:]))
    assert " of 63.2 MB (" in seen[len(seen) // 2].text()
    assert "Checksum verified" in checksum_note(voice)
    assert not list(store.staging.iterdir())  # nothing left waiting


def test_a_dropped_connection_resumes_where_it_stopped(store, voice_host, served_catalogue):
    voice_host.drop_after, voice_host.drops = 10_000_000, 2
    voice = install(JOE_KEY, store)
    assert voice.sha256_checked and voice.bytes == SIZE
    ranges = [r for path, r in voice_host.requests if path.endswith(".onnx")]
    # Each retry asks for the rest only (from what arrived whole: up to one read chunk less).
    offsets = [int(r.removeprefix("bytes=").rstrip("-")) for r in ranges[1:]]
    assert ranges[0] is None and len(offsets) == 2
    assert 9_000_000 < offsets[0] <= 10_000_000 and offsets[0] + 9_000_000 < offsets[1] <= offsets[0] + 10_000_000


def test_an_interrupted_install_resumes_on_the_next_run(store, voice_host, served_catalogue, monkeypatch):
    monkeypatch.setattr("studio.providers.voice_download.RETRIES", 0)
    monkeypatch.setattr("studio.providers.voice_download._wait", lambda cancel, s: None)
    voice_host.drop_after, voice_host.drops = 30_000_000, 1
    with pytest.raises(DownloadError, match="run the same install again later: it resumes"):
        install(JOE_KEY, store)
    kept = (store.staging / f"{JOE_KEY}.onnx.part").stat().st_size
    assert 29_000_000 < kept <= 30_000_000
    assert store.installed() == [] and leftovers(store) == []
    assert install(JOE_KEY, store).sha256_checked
    assert voice_host.requests[-1] == (f"/{JOE_KEY}.onnx", f"bytes={kept}-")


def test_a_wrong_checksum_is_refused_with_a_clear_message(store, voice_host, tmp_path, monkeypatch):
    path = write_catalogue(tmp_path / "c.json", voice_host, sha256="0" * 64)
    monkeypatch.setenv(CATALOGUE_ENV, str(path))
    with pytest.raises(VoicePackError, match=r"does not match its published checksum .* download it again"):
        install(JOE_KEY, store)
    assert store.installed() == [] and leftovers(store) == []


def test_an_unknown_checksum_checks_the_size_and_records_the_computed_one(store, voice_host, tmp_path,
                                                                         monkeypatch):
    monkeypatch.setenv(CATALOGUE_ENV, str(write_catalogue(tmp_path / "c.json", voice_host, sha256=None)))
    voice = install(JOE_KEY, store)
    assert not voice.sha256_checked and voice.sha256.startswith("58afce03")
    assert "No published sha256" in checksum_note(voice) and voice.sha256 in checksum_note(voice)
    store.remove(JOE_ID)
    monkeypatch.setenv(CATALOGUE_ENV, str(write_catalogue(tmp_path / "c.json", voice_host, sha256=None,
                                                          size=SIZE + 1)))
    with pytest.raises(DownloadError, match="where the catalogue says"):
        install(JOE_KEY, store)


def test_cancel_leaves_no_partial_file_anywhere(store, voice_host, served_catalogue):
    voice_host.pause_s = 0.002
    cancel = threading.Event()

    def progress(p):
        if p.done > 5_000_000:
            cancel.set()

    with pytest.raises(DownloadCancelled):
        install(JOE_KEY, store, progress=progress, cancel=cancel)
    assert leftovers(store) == [] and store.installed() == []
    assert list(store.staging.iterdir()) == []


def fill_disk_after(monkeypatch, suffix: str, limit: int) -> None:
    """Writes into a file ending with suffix raise ENOSPC once limit bytes went in (pathlib.Path.open)."""
    real_open = open

    class FullFile:
        def __init__(self, handle):
            self.handle, self.written = handle, 0

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.written += len(data)
            if self.written > limit:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.handle.write(data)

    def path_open(self, mode="r", *args, **kwargs):
        handle = real_open(self, mode, *args, **kwargs)
        return FullFile(handle) if self.name.endswith(suffix) else handle

    monkeypatch.setattr("pathlib.Path.open", path_open)


def test_a_full_disk_stops_with_a_message_and_no_partial_file(store, voice_host, served_catalogue, monkeypatch):
    import builtins
    fill_disk_after(monkeypatch, ".onnx.part", 1_000_000)
    assert builtins.open is open
    with pytest.raises(DownloadError, match=r"is full: free 63 MB and install again"):
        install(JOE_KEY, store)
    assert leftovers(store) == [] and not (store.staging / f"{JOE_KEY}.onnx.part").exists()


def test_a_url_installs_and_plain_http_is_refused_off_loopback(store, voice_host, served_catalogue):
    voice = install(f"{voice_host.url}/{JOE_KEY}.onnx", store)
    assert voice.voice_id == JOE_ID and voice.source.startswith("http://127.0.0.1")
    with pytest.raises(DownloadError, match="https only"):
        check_url("http://example.com/x.onnx")
    with pytest.raises(VoicePackError, match="give the URL of the .onnx file"):
        install(f"{voice_host.url}/voices/", store)
    check_url("https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/x.onnx")


def test_a_local_file_needs_its_config_beside_it_and_remove_frees_the_space(store, tmp_path):
    model, _ = joe_files()
    lone = tmp_path / "lone" / "en_US-lone-medium.onnx"
    lone.parent.mkdir()
    lone.symlink_to(model)
    with pytest.raises(VoicePackError, match="en_US-lone-medium.onnx.json was not found beside"):
        install(str(lone), store)
    voice = install(str(model), store)
    assert voice.sha256_checked  # the catalogue knows joe's sha256
    assert store.remove(voice.voice_id) > SIZE and store.installed() == []
    with pytest.raises(VoicePackError, match="neither a voice of the catalogue"):
        install("fr_FR-nobody-medium", store)


def test_reachable_asks_the_hosts_root_and_says_no_on_a_refusal_or_a_silence(voice_host):
    import socket

    from studio.providers.voice_download import host_of, reachable

    assert host_of("https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/x.onnx") == "https://huggingface.co/"
    assert reachable(f"{voice_host.url}/fr/voice.onnx") and voice_host.heads == ["/"]
    with closed_port_url("/x.onnx") as refused:
        assert not reachable(refused)
    with socket.socket() as silent:  # accepts connections (the backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        assert not reachable(f"http://127.0.0.1:{silent.getsockname()[1]}/x.onnx", timeout_s=0.3)
