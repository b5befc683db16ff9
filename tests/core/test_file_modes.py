"""Files the user asked for follow the umask like any editor's (mkstemp alone makes them 0600, which a
media server or a shared folder's group cannot read); a replaced file keeps its mode; private files
stay 0600."""

from __future__ import annotations

import os
import stat
from array import array

import pytest

from studio.core.atomic import user_file_mode, write_atomic
from studio.core.cues import Cue
from studio.core.document import Document
from studio.core.export import export_audio
from studio.core.project import Project, save_project
from studio.core.srt_file import save_srt

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o022, 0o027, 0o002])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_the_umask_is_read_without_changing_it(umask):
    assert user_file_mode() == 0o666 & ~umask
    assert os.umask(umask) == umask  # still what the test set


def test_every_file_the_user_saves_follows_the_umask(umask, tmp_path):
    expected = 0o666 & ~umask
    write_atomic(tmp_path / "plain.txt", b"x")
    save_srt(Document(cues=[Cue(0, 1000, "Bonjour.")]), tmp_path / "film.srt")
    save_project(Project(srt_path=tmp_path / "film.srt"), tmp_path / "film.dubproj")
    silence = array("h", [0] * 4800)
    export_audio(silence, tmp_path / "dub.wav")
    export_audio(silence, tmp_path / "dub.mp3")  # through ffmpeg, into the temporary file
    for name in ("plain.txt", "film.srt", "film.dubproj", "dub.wav", "dub.mp3"):
        assert mode(tmp_path / name) == expected, name


def test_a_replaced_file_keeps_its_mode_and_private_files_stay_private(umask, tmp_path):
    target = tmp_path / "film.srt"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    write_atomic(target, b"new", backup_suffix=".bak")
    assert mode(target) == 0o640 and mode(tmp_path / "film.srt.bak") == 0o640
    write_atomic(tmp_path / "secret", b"s", private=True)
    assert mode(tmp_path / "secret") == 0o600
