"""`dubbing-studio-cli check`, run as a real process, as scripts and acceptance checks run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "bonjour.srt"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "studio.cli", *args], capture_output=True, cwd=cwd,
                          timeout=60)


def test_check_json_on_the_sample_is_one_object_with_every_line():
    """--json prints exactly one JSON object on stdout with the contract's fields."""
    proc = run_cli("check", str(SAMPLE), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["file"] == str(SAMPLE)
    assert data["encoding"] == "utf-8"
    assert data["cues"] == 8 == len(data["lines"])
    assert data["duration_ms"] == 27000
    assert data["problems"] == []
    third = data["lines"][2]
    assert third == {"index": 3, "start_ms": 9000, "end_ms": 11800,
                     "text": "<i>- Tu es prête ?</i>\n- Presque... Encore une minute !",
                     "speak": "Tu es prête ? Presque... Encore une minute !", "speaker": None,
                     "file_line": 12}
    assert data["lines"][3]["speak"] == ""  # "[musique douce]" is never sent to a voice
    assert data["lines"][4]["speaker"] == "MARIE"


def test_check_reports_problems_with_file_lines(tmp_path):
    """Each problem names its kind, severity and file line; the rest still loads; errors exit 2."""
    srt = tmp_path / "broken.srt"
    srt.write_bytes(
        b"1\r\n00:00:01,000 --> 00:00:03,000\r\nUn\r\n\r\n"
        b"2\r\n00:00:02,500 --> 00:00:04,000\r\nDeux\r\n\r\n"
        b"3\r\n00:00:0x,000 --> 00:00:06,000\r\nTrois\r\n\r\n"
        b"4\r\n00:00:09,000 --> 00:00:08,000\r\nQuatre\r\n\r\n"
        b"5\r\n00:00:10,000 --> 00:00:11,000\r\n\r\n"
        b"6\r\n00:00:12,000 --> 00:00:13,000\r\nSix\r\n")
    proc = run_cli("check", str(srt), "--json")
    assert proc.returncode == 2, proc.stderr  # a bad timecode is an error: scripts must not go on
    data = json.loads(proc.stdout)
    assert data["newline"] == "crlf"
    assert data["cues"] == 6
    kinds = [(p["line"], p["kind"]) for p in data["problems"]]
    assert kinds == [(6, "overlap"), (10, "bad_timecode"), (14, "negative_duration"),
                     (18, "empty_text")]
    assert [p["severity"] for p in data["problems"]] == ["warning", "error", "error", "warning"]
    assert [line["text"] for line in data["lines"]] == ["Un", "Deux", "Trois", "Quatre", "", "Six"]


def test_check_reads_cp1252(tmp_path):
    """A French Windows file is read as cp1252: é, € and œ come out right."""
    srt = tmp_path / "windows.srt"
    srt.write_bytes("1\r\n00:00:01,000 --> 00:00:02,000\r\nL'œuvre d'été coûte 5 €.\r\n".encode("cp1252"))
    data = json.loads(run_cli("check", str(srt), "--json").stdout)
    assert data["encoding"] == "cp1252"
    assert data["lines"][0]["speak"] == "L'œuvre d'été coûte 5 €."


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not a subtitle file"),
    (b"Just a letter.\nNo timecodes here.\n", "no timecode line"),
])
def test_check_unreadable_file_exits_2_with_one_line(tmp_path, content, words):
    """A file that is not subtitles exits 2 with one line naming the file, and JSON says why."""
    bad = tmp_path / "bad.srt"
    bad.write_bytes(content)
    proc = run_cli("check", str(bad), "--json")
    assert proc.returncode == 2
    err = proc.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and "bad.srt" in err and words in err
    assert json.loads(proc.stdout)["error"]["kind"] == "bad_input"


def test_check_missing_file_exits_2(tmp_path):
    """A path that does not exist exits 2 and says so."""
    proc = run_cli("check", str(tmp_path / "nope.srt"))
    assert proc.returncode == 2
    assert "nope.srt was not found" in proc.stderr.decode()


def test_check_human_output_lists_problems(tmp_path):
    """Without --json the summary and the problems go to stdout, readable; warnings alone exit 0."""
    srt = tmp_path / "a.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\n\n"
                   "2\n00:00:01,500 --> 00:00:03,000\nDeux\n", encoding="utf-8")
    proc = run_cli("check", str(srt))
    assert proc.returncode == 0, proc.stdout
    out = proc.stdout.decode()
    assert "2 cues" in out and "line 2: warning: empty_text" in out and "line 5: warning: overlap" in out


@pytest.mark.parametrize("timing, kind", [
    ("00:00:05,000 --> 00:00:04,000", "negative_duration"),
    ("00:00:05,000 --> 00:00:05,000", "zero_duration"),
    ("00:00:05,000 -> 00:00:0x,000", "bad_timecode"),
])
def test_check_exits_2_when_a_line_has_an_error(tmp_path, timing, kind):
    """One error-level line among good ones: exit 2, the JSON still lists every problem and line."""
    srt = tmp_path / "err.srt"
    srt.write_text(f"1\n00:00:01,000 --> 00:00:02,000\nUn\n\n2\n{timing}\nDeux\n", encoding="utf-8")
    for extra in ((), ("--json",)):
        proc = run_cli("check", str(srt), *extra)
        assert proc.returncode == 2, (extra, proc.stdout, proc.stderr)
    data = json.loads(proc.stdout)
    assert [(p["kind"], p["severity"]) for p in data["problems"]] == [(kind, "error")]
    assert data["cues"] == 2 == len(data["lines"])
    assert f"error: {kind}" in run_cli("check", str(srt)).stdout.decode()


def test_console_script_is_installed():
    """The dubbing-studio-cli entry point exists and runs."""
    exe = Path(sys.executable).with_name("dubbing-studio-cli")
    proc = subprocess.run([str(exe), "check", str(SAMPLE)], capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_output_piped_into_head_ends_quietly(tmp_path):
    """`... check big.srt --json | head -c 10`: the closed pipe is not an error and prints no traceback."""
    import subprocess
    import sys

    from tests.cli_env import ROOT, isolated_env
    from tests.french_film import french_srt

    big = tmp_path / "big.srt"
    big.write_text(french_srt(3000), encoding="utf-8")  # ~1 MB of JSON: far more than a pipe buffer holds
    proc = subprocess.Popen([sys.executable, "-m", "studio.cli", "check", str(big), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=isolated_env(tmp_path), cwd=ROOT)
    assert proc.stdout.read(10).startswith(b'{"file"')
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0, err
    assert b"Traceback" not in err and b"BrokenPipe" not in err
