"""README's two commands are the ones the project really runs."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_exactly_the_readme_test_command():
    """.ci/run's last line is README's test command, character for character."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_command = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert "pytest" in ci_command
    assert f"\n{ci_command}\n" in readme


def test_readme_app_command_opens_the_bundled_sample():
    """The run command points at a sample that exists."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if "bin/dubbing-studio " in x)
    sample = line.rsplit(" ", 1)[-1]
    assert (ROOT / sample).is_file()
