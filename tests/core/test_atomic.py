"""Crash-safe writes: the old file or the new one, never half of one, never a temp file left behind."""

from __future__ import annotations

import errno
import os
import stat
import sys

import pytest

from studio.core.atomic import write_atomic


def names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_creates_a_new_file(tmp_path):
    """Writing to a path that does not exist creates it with the data and nothing else."""
    write_atomic(tmp_path / "a.srt", b"data")
    assert (tmp_path / "a.srt").read_bytes() == b"data"
    assert names(tmp_path) == ["a.srt"]


def test_replaces_an_existing_file(tmp_path):
    """Writing over a file replaces its content completely (a shorter write leaves no tail)."""
    target = tmp_path / "a.srt"
    target.write_bytes(b"a much longer old content")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert names(tmp_path) == ["a.srt"]


def test_empty_data(tmp_path):
    """Zero bytes is a valid write."""
    write_atomic(tmp_path / "a.srt", b"")
    assert (tmp_path / "a.srt").read_bytes() == b""


def test_backup_keeps_the_previous_bytes(tmp_path):
    """With backup_suffix, the replaced file's bytes are kept at path + suffix."""
    target = tmp_path / "a.srt"
    target.write_bytes(b"v1")
    write_atomic(target, b"v2", backup_suffix=".bak")
    write_atomic(target, b"v3", backup_suffix=".bak")
    assert target.read_bytes() == b"v3"
    assert (tmp_path / "a.srt.bak").read_bytes() == b"v2"
    assert names(tmp_path) == ["a.srt", "a.srt.bak"]


def test_no_backup_without_a_previous_file(tmp_path):
    """A first write makes no backup even with backup_suffix."""
    write_atomic(tmp_path / "a.srt", b"v1", backup_suffix=".bak")
    assert names(tmp_path) == ["a.srt"]


def test_no_backup_without_a_suffix(tmp_path):
    """Without backup_suffix the previous version is simply replaced."""
    target = tmp_path / "a.srt"
    target.write_bytes(b"v1")
    write_atomic(target, b"v2")
    assert names(tmp_path) == ["a.srt"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_keeps_the_file_mode(tmp_path):
    """The new file keeps the permissions of the file it replaces."""
    target = tmp_path / "a.srt"
    target.write_bytes(b"v1")
    target.chmod(0o640)
    write_atomic(target, b"v2")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_data_is_fsynced_before_the_rename(tmp_path, monkeypatch):
    """fsync of the temp file happens before os.replace puts it in place."""
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr("os.fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr("os.replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    write_atomic(tmp_path / "a.srt", b"data")
    assert calls[:2] == ["fsync", "replace"]


@pytest.mark.parametrize("failing", ["os.fsync", "os.replace"])
def test_failure_leaves_the_original_and_no_temp(failing, tmp_path, monkeypatch):
    """ENOSPC from fsync or rename re-raises OSError, keeps the old bytes, and removes the temp file."""
    target = tmp_path / "a.srt"
    target.write_bytes(b"original")
    monkeypatch.setattr(failing, _enospc)
    with pytest.raises(OSError) as caught:
        write_atomic(target, b"new content", backup_suffix=".bak")
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"original"
    assert [n for n in names(tmp_path) if n not in ("a.srt", "a.srt.bak")] == []
    if (tmp_path / "a.srt.bak").exists():
        assert (tmp_path / "a.srt.bak").read_bytes() == b"original"


def test_failure_after_the_backup_leaves_the_original(tmp_path, monkeypatch):
    """If only the final rename fails, the original is intact and the backup is a full copy of it."""
    target = tmp_path / "a.srt"
    target.write_bytes(b"original")
    real_replace = os.replace

    def replace(src, dst):
        if os.fspath(dst) == os.fspath(target):
            _enospc()
        real_replace(src, dst)

    monkeypatch.setattr("os.replace", replace)
    with pytest.raises(OSError):
        write_atomic(target, b"new", backup_suffix=".bak")
    monkeypatch.undo()
    assert target.read_bytes() == b"original"
    assert (tmp_path / "a.srt.bak").read_bytes() == b"original"
    assert names(tmp_path) == ["a.srt", "a.srt.bak"]


def test_write_failure_midway_removes_the_temp(tmp_path, monkeypatch):
    """A disk that fills up mid-write leaves the old file and no temp file."""
    target = tmp_path / "a.srt"
    target.write_bytes(b"original")

    def fdopen(fd, mode):
        handle = real_fdopen(fd, mode)
        handle.write = _enospc
        return handle

    real_fdopen = os.fdopen
    monkeypatch.setattr("os.fdopen", fdopen)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"original"
    assert names(tmp_path) == ["a.srt"]


def test_interrupt_removes_the_temp(tmp_path, monkeypatch):
    """A KeyboardInterrupt during the write still removes the temp file and re-raises."""
    target = tmp_path / "a.srt"
    target.write_bytes(b"original")

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr("os.fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"original"
    assert names(tmp_path) == ["a.srt"]


def test_missing_folder_raises(tmp_path):
    """Writing into a folder that does not exist raises OSError and creates nothing."""
    with pytest.raises(OSError):
        write_atomic(tmp_path / "gone" / "a.srt", b"x")
    assert names(tmp_path) == []


def test_accepts_str_paths(tmp_path):
    """A plain string path works like a Path."""
    write_atomic(str(tmp_path / "a.srt"), b"x")
    assert (tmp_path / "a.srt").read_bytes() == b"x"
