"""LICENSE, the project's licence field, and THIRD_PARTY_NOTICES.md against what is really shipped."""

from __future__ import annotations

import importlib.metadata as md
import re
import tomllib

from packaging.requirements import Requirement

from tests.packaging.layout import ROOT

NOTICES = (ROOT / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PLATFORMS = ("linux", "win32", "darwin")
# Native code inside the wheels we bundle, by a file it ships, and the name the notices must give it.
EMBEDDED = (
    (re.compile(r"(lib)?espeak-ng\.(so|dll|dylib)$"), "espeak-ng"),
    (re.compile(r"imageio_ffmpeg/binaries/ffmpeg-"), "FFmpeg"),
    (re.compile(r"(lib)?Qt6?Core(\.so|\.dll|\.framework|$)"), "Qt 6"),
    (re.compile(r"(lib)?avcodec[-.]"), "FFmpeg 7.1 libraries"),
    (re.compile(r"(lib)?icu(uc|data)"), "ICU"),
    (re.compile(r"(lib)?onnxruntime(\.so|\.dll|\.dylib|_pybind11_state)"), "ONNX Runtime"),
    (re.compile(r"numpy\.libs/libscipy_openblas"), "OpenBLAS"),
)
# In every bundle whatever the wheels hold: the interpreter and PyInstaller's launcher.
ALWAYS = ("CPython", "PyInstaller bootloader", "OpenSSL")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def listed_packages() -> set[str]:
    """First-column names of the notices' Python table: | `name` ... |"""
    return {normalise(m) for m in re.findall(r"^\| `([^`]+)`", NOTICES, flags=re.MULTILINE)}


def runtime_distributions() -> set[str]:
    """pyproject's dependencies and theirs, on any of the three OSes (one not installed here, such as
    pywin32-ctypes on Linux, counts by name; its own dependencies cannot be seen)."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
    while todo:
        req = todo.pop()
        if req.marker and not any(req.marker.evaluate({"sys_platform": p, "extra": ""}) for p in PLATFORMS):
            continue
        name = normalise(req.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            todo += [Requirement(r) for r in md.distribution(req.name).requires or []]
        except md.PackageNotFoundError:
            pass
    return seen


def test_project_is_gpl3_or_later_with_the_full_text():
    assert PYPROJECT["project"]["license"] == "GPL-3.0-or-later"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text and len(text) > 30_000
    assert set(PYPROJECT["project"]["license-files"]) == {"LICENSE", "THIRD_PARTY_NOTICES.md"}


def test_every_runtime_dependency_is_listed():
    wanted = runtime_distributions()
    assert {"pyside6-essentials", "keyring", "jaraco-classes", "certifi", "pywin32-ctypes"} <= wanted
    missing = wanted - listed_packages()
    assert not missing, f"missing from THIRD_PARTY_NOTICES.md: {missing}"


def test_every_listed_package_has_licence_and_source():
    rows = [line for line in NOTICES.splitlines() if line.startswith("| `")]
    assert rows
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) == 4 and cells[2] and "https://" in cells[3], row


def test_native_components_shipped_inside_wheels_are_listed():
    found = set()
    for dist in runtime_distributions():
        try:
            files = md.distribution(dist).files or []
        except md.PackageNotFoundError:
            continue
        for file in files:
            for pattern, component in EMBEDDED:
                if pattern.search(file.as_posix()):
                    found.add(component)
    assert {"espeak-ng", "FFmpeg", "Qt 6", "ONNX Runtime"} <= found  # what this test exists for is really installed
    native = NOTICES.split("## Native components", 1)[1].split("## Python packages", 1)[0]
    for component in sorted(found) + list(ALWAYS):
        assert component in native, component
    for licence in ("GPL-3.0-or-later", "LGPL-3.0-only", "LGPL-2.1-or-later"):
        assert licence in native
