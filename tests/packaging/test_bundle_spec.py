"""What packaging/dubbing-studio.spec puts in the bundle, checked without running PyInstaller
(packaging/build-linux.sh builds and smoke-tests the real thing)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.packaging.layout import ROOT

SPEC = ROOT / "packaging" / "dubbing-studio.spec"
HOOKS = ROOT / "packaging" / "pyinstaller"


def test_every_resource_file_lands_under_resources(bundle):
    datas = bundle.datas(platform="linux")
    placed = {Path(src).resolve(): dest for src, dest in datas}
    resources = ROOT / "resources"
    files = [p for p in resources.rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert {p.parent.relative_to(resources).parts[0] for p in files} >= {"icons", "samples"}
    for path in files:
        # studio/paths.py looks for sys._MEIPASS/resources/<same relative path>
        assert placed.get(path.resolve()) == path.parent.relative_to(ROOT).as_posix(), path
    for folder in (p for p in resources.iterdir() if p.is_dir() and any(p.iterdir())):
        assert any(dest.startswith(f"resources/{folder.name}") for dest in placed.values()), folder


def test_licences_travel_with_every_bundle_and_desktop_files_with_linux(bundle):
    for platform in ("linux", "win32", "darwin"):
        dests = {Path(src).name: dest for src, dest in bundle.datas(platform=platform)}
        assert dests["LICENSE"] == dests["THIRD_PARTY_NOTICES.md"] == "."
        assert ("install-desktop.sh" in dests) == (platform == "linux")
    for src, _ in bundle.datas(platform="linux"):
        assert Path(src).is_file(), src


def test_spec_uses_the_checked_lists():
    """The spec is Python run by PyInstaller: parse it and check it wires bundle.py in."""
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source)
    for used in ("bundle.datas()", "bundle.HIDDEN_IMPORTS", "bundle.DYNAMIC_PACKAGES", "bundle.QT_EXCLUDES",
                 "bundle.keep(", "hookspath=[str(HERE)]", "COLLECT(", 'f"{bundle.NAME}-cli"'):
        assert used in source, used
    for script in ("gui_main.py", "cli_main.py", "hook-espeakng_loader.py"):
        assert (HOOKS / script).is_file()
        assert script.startswith("hook-") or f'"{script}"' in source


def test_keyring_backends_of_every_os_are_hidden_imports(bundle):
    for backend in ("SecretService", "kwallet", "macOS", "Windows", "chainer", "fail", "null"):
        assert f"keyring.backends.{backend}" in bundle.HIDDEN_IMPORTS


def test_providers_imported_by_name_are_collected(bundle):
    from studio.providers import _CLASSES

    for module, _ in _CLASSES.values():
        assert any(module.startswith(f"{package}.") for package in bundle.DYNAMIC_PACKAGES), module


def test_no_qt_module_the_app_imports_is_excluded(bundle):
    used = set()
    for path in (ROOT / "studio").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used.update(a.name for a in node.names if a.name.startswith("PySide6."))
    assert used and not used & set(bundle.QT_EXCLUDES)


def test_pruning_keeps_what_qt_multimedia_links(bundle):
    # The multimedia plugin links QtQuick and QtQml: a first build dropped them and ldd caught it.
    for kept in ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "PySide6/Qt/lib/libQt6Quick.so.6",
                 "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
                 "PySide6\\Qt\\plugins\\imageformats\\qsvg.dll", "libQt6Core.so.6"):
        assert bundle.keep(kept), kept
    for dropped in ("PySide6/Qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/lib/libQt6Pdf.so.6",
                    "libQt6Pdf.so.6", "PySide6\\Qt\\bin\\Qt6Pdf.dll",
                    "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
                    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"):
        assert not bundle.keep(dropped), dropped


def test_executables_carry_the_icon_each_os_wants(bundle):
    assert bundle.icon("linux") is None  # the .desktop file and hicolor theme give it there
    for platform, suffix in (("win32", ".ico"), ("darwin", ".icns")):
        path = Path(bundle.icon(platform))
        assert path.suffix == suffix and path.is_file()
