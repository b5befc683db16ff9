"""The import contracts: no import circle among studio's modules, and the core and the providers
never reach up to Qt, the GUI or the CLI. Every import counts, at any depth (inside functions and
under TYPE_CHECKING too): a circle hidden in a function is still a circle a reader has to untangle."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

STUDIO = Path(__file__).resolve().parent.parent / "studio"


def _modules() -> dict[str, Path]:
    mods = {}
    for path in STUDIO.rglob("*.py"):
        parts = path.relative_to(STUDIO.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        mods[name] = path
    return mods


def _imports(name: str, path: Path) -> set[str]:
    """Every dotted name the module imports (absolute or relative, at any depth)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def _related(a: str, b: str) -> bool:
    """A package and its own submodules (re-exports in __init__) do not make a design circle."""
    return a.startswith(b + ".") or b.startswith(a + ".")


def import_graph() -> dict[str, set[str]]:
    mods = _modules()
    return {name: {m for m in _imports(name, path) if m in mods and m != name and not _related(name, m)}
            for name, path in mods.items()}


def test_no_import_circle():
    try:
        TopologicalSorter(import_graph()).prepare()
    except CycleError as err:
        raise AssertionError(f"import circle: {' -> '.join(err.args[1])}") from None


def test_core_and_providers_stay_below_the_gui_and_the_cli():
    forbidden = ("PySide6", "shiboken6", "studio.gui", "studio.cli")
    for name, path in _modules().items():
        if name.startswith(("studio.core", "studio.providers")):
            bad = sorted(m for m in _imports(name, path) if m.split(".")[0] in forbidden or m.startswith(forbidden))
            assert not bad, f"{name} imports {', '.join(bad)}: the core and the providers are Qt-free"


def test_the_contract_sees_a_circle_and_a_qt_import(tmp_path, monkeypatch):
    """The checks above are only worth something if they can fail: feed them a tiny tree that breaks both."""
    tree = tmp_path / "studio"
    (tree / "core").mkdir(parents=True)
    (tree / "__init__.py").write_text("")
    (tree / "core" / "__init__.py").write_text("")
    (tree / "core" / "a.py").write_text("def f():\n    from studio.core import b\n")
    (tree / "core" / "b.py").write_text("from . import a\nfrom PySide6.QtCore import QObject\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["STUDIO"]), "STUDIO", tree)
    try:
        test_no_import_circle()
    except AssertionError as err:
        assert "studio.core.a" in str(err) and "studio.core.b" in str(err)
    else:
        raise AssertionError("a circle through a function-level import went unseen")
    try:
        test_core_and_providers_stay_below_the_gui_and_the_cli()
    except AssertionError as err:
        assert "PySide6.QtCore" in str(err)
    else:
        raise AssertionError("a Qt import in studio.core went unseen")
