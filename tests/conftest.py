"""Fixtures for the whole suite."""

from __future__ import annotations

import tempfile

import pytest


@pytest.fixture(autouse=True)
def private_temp_dir(monkeypatch, tmp_path_factory):
    """Each test its own system temporary folder: the rescue folder of paid clips lives there
    (studio.core.rescue), and no test may see another's, or the machine's."""
    folder = tmp_path_factory.mktemp("system-tmp")  # beside tmp_path, not in it: tests list their folder
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    # Installed offline voices live in the per-user data folder: never the machine's in a test.
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    return folder
