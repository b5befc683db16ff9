"""`check` on paths that are not subtitle files, projects, and a chosen encoding (issue 14 §5)."""

from __future__ import annotations

import json
import os

import pytest

from tests.cli.test_check import run_cli
from tests.core.conftest import CORPUS


def _exits_2(*args: str, words: str) -> str:
    proc = run_cli("check", *args, "--json")
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and words in err
    assert json.loads(proc.stdout)["error"]["kind"] == "bad_input"
    return err


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_check_on_a_fifo_exits_2_at_once(tmp_path):
    """A named pipe used to hang `check` forever; now it exits 2 naming it."""
    fifo = tmp_path / "film.srt"
    os.mkfifo(fifo)
    _exits_2(str(fifo), words="film.srt is a named pipe, not a subtitle file")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_check_on_dev_zero_exits_2():
    _exits_2("/dev/zero", words="zero is a device, not a subtitle file")


def test_check_on_a_nested_project_exits_2(tmp_path):
    """A .dubproj is checked through the subtitles it names; a damaged one exits 2 with the reason."""
    path = tmp_path / "p.dubproj"
    path.write_text('{"app": "dubbing-studio", "schema": 1, "voice_settings": ' + "[" * 50_000
                    + "]" * 50_000 + "}", encoding="utf-8")
    _exits_2(str(path), words="p.dubproj is not a readable project file (nested more than 16 levels deep")


def test_check_on_a_project_reads_its_subtitles(tmp_path):
    srt = tmp_path / "film.srt"
    srt.write_bytes((CORPUS / "lang_hr_cp1250.srt").read_bytes())
    (tmp_path / "p.dubproj").write_text('{"app": "dubbing-studio", "schema": 1, "srt_path": "film.srt"}',
                                        encoding="utf-8")
    proc = run_cli("check", str(tmp_path / "p.dubproj"), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["encoding"], data["lines"][0]["speak"]) == ("cp1250", "Đuro, jesi li vidio moju torbu?")


def test_check_with_an_encoding_reads_the_file_in_it():
    """--encoding overrides detection: the Croatian file read as cp1252 shows what detection avoids."""
    path = str(CORPUS / "lang_hr_cp1250.srt")
    forced = json.loads(run_cli("check", path, "--encoding", "cp1252", "--json").stdout)
    assert (forced["encoding"], forced["lines"][0]["text"]) == ("cp1252", "Ðuro, jesi li vidio moju torbu?")
    detected = json.loads(run_cli("check", path, "--json").stdout)
    assert detected["lines"][0]["text"] == "Đuro, jesi li vidio moju torbu?"


@pytest.mark.parametrize("encoding, words", [
    ("utf-8", "lang_hr_cp1250.srt is not valid UTF-8 (line 3): reopen it with another encoding"),
    ("klingon", "klingon is not an encoding this app knows"),
])
def test_check_with_a_wrong_encoding_exits_2(encoding, words):
    _exits_2(str(CORPUS / "lang_hr_cp1250.srt"), "--encoding", encoding, words=words)
