"""Keep the interface translations in step with the code: extract, merge, compile, check.

    python packaging/translations.py              update the .ts files from the sources, compile the .qm
    python packaging/translations.py --check      exit 1 if anything is out of date or unfinished
    python packaging/translations.py --unfinished list the entries that still need a translation

The sources are every `studio/**/*.py` that imports Qt (studio/core and studio/providers never do: they
hold no interface text). `pyside6-lupdate` merges their `tr()` / `QCoreApplication.translate()` /
`QT_TRANSLATE_NOOP()` strings into `resources/translations/dubbing_studio_<code>.ts`, keeping the existing
translations and dropping the ones whose source text is gone (`-no-obsolete`). English is the source
language: its .ts holds only the plural entries ("%n line(s)" -> "1 line" / "%n lines"). Then
`pyside6-lrelease` compiles each .ts to the .qm the app loads (studio/gui/shell/i18n.py).

--check fails when
  - running lupdate would change the set of messages of a .ts (a string was added, changed or removed
    in the code and the .ts was not updated; moved lines alone do not count),
  - a .ts has an unfinished or empty translation, or one lrelease finds invalid (placeholders,
    accelerators, surrounding spaces, final punctuation),
  - a .qm is not byte for byte what lrelease makes of its .ts now.

A final pass after others added strings: run the script, translate what `--unfinished` lists (in the
.ts, or with pyside6-linguist), remove type="unfinished" from each entry done, run the script again,
then `--check`.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOG = "dubbing_studio"
# Language code -> lupdate's target language. "en" is the source language: plural entries only.
LANGUAGES = {"en": "en", "fr": "fr_FR"}
SOURCE_LANGUAGE = "en"
# Folders whose modules must never hold interface text (they never import Qt).
QT_FREE = ("studio/core", "studio/providers")
_IMPORTS_QT = re.compile(r"^\s*(from|import)\s+PySide6\b", re.MULTILINE)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python first (a venv), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"translations: {name} not found; install PySide6 (it ships the Linguist tools)")
    return found


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"{CATALOG}_{code}.ts"


def qm_path(code: str) -> Path:
    return TRANSLATIONS / f"{CATALOG}_{code}.qm"


def sources() -> list[str]:
    """Every studio module that uses Qt, relative to the repository root (stable .ts locations)."""
    found = []
    for path in sorted((ROOT / "studio").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if not _IMPORTS_QT.search(path.read_text(encoding="utf-8")):
            continue
        if relative.startswith(QT_FREE):
            sys.exit(f"translations: {relative} imports Qt, but {QT_FREE} must stay Qt-free")
        found.append(relative)
    return found


def lupdate(ts: Path, code: str, quiet: bool = True) -> None:
    """Merge the sources' strings into ts (created if missing), keeping existing translations."""
    args = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
            "-source-language", SOURCE_LANGUAGE, "-target-language", LANGUAGES[code]]
    if code == SOURCE_LANGUAGE:
        args.append("-pluralonly")
    if quiet:
        args.append("-silent")
    # lupdate writes source paths relative to the .ts; give it paths relative to the repository root.
    run([*args, *sources(), "-ts", str(ts)])


def lrelease(ts: Path, qm: Path, strict: bool = False) -> subprocess.CompletedProcess:
    args = [tool("pyside6-lrelease"), "-silent"]
    if strict:
        args.append("-fail-on-invalid")
    return run([*args, str(ts), "-qm", str(qm)], check=not strict)


def run(args: list[str], check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if check and done.returncode != 0:
        sys.exit(f"translations: {' '.join(Path(a).name for a in args[:1])} failed:\n{done.stdout}{done.stderr}")
    return done


# --- reading a .ts --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return self.context, self.source, self.comment, self.numerus

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translations) and all(t.strip() for t in self.translations)


def read_ts(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts, kind = (), "unfinished"
            else:
                kind = translation.get("type", "")
                forms = translation.findall("numerusform")
                texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            entries.append(Entry(name, message.findtext("source") or "", message.findtext("comment") or "",
                                 message.get("numerus") == "yes", texts, kind))
    return entries


# --- commands -------------------------------------------------------------------------------------

def update() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        ts = ts_path(code)
        lupdate(ts, code)
        lrelease(ts, qm_path(code))
        entries = read_ts(ts)
        unfinished = [e for e in entries if not e.finished]
        print(f"{ts.relative_to(ROOT)}: {len(entries)} entries, {len(unfinished)} unfinished")
    return 0


def problems() -> list[str]:
    """Everything --check complains about, one line each."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            ts = ts_path(code)
            name = ts.relative_to(ROOT).as_posix()
            if not ts.exists():
                found.append(f"{name}: missing (run python packaging/translations.py)")
                continue
            committed = read_ts(ts)
            # What lupdate would make of it now (on a copy: --check changes nothing).
            fresh_ts = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh_ts)
            lupdate(fresh_ts, code)
            fresh = read_ts(fresh_ts)
            old_keys, new_keys = {e.key for e in committed}, {e.key for e in fresh}
            for key in sorted(new_keys - old_keys):
                found.append(f"{name}: not in the .ts yet: [{key[0]}] {key[1]!r}")
            for key in sorted(old_keys - new_keys):
                found.append(f"{name}: no longer in the code: [{key[0]}] {key[1]!r}")
            for entry in committed:
                if not entry.finished:
                    found.append(f"{name}: unfinished: [{entry.context}] {entry.source!r}")
            qm = qm_path(code)
            fresh_qm = Path(tmp) / f"fresh-{qm.name}"
            compiled = lrelease(ts, fresh_qm, strict=True)
            if compiled.returncode != 0:
                found.append(f"{name}: lrelease refuses it:\n{compiled.stdout}{compiled.stderr}".rstrip())
                continue
            if not qm.exists():
                found.append(f"{qm.relative_to(ROOT)}: missing (run python packaging/translations.py)")
            elif qm.read_bytes() != fresh_qm.read_bytes():
                found.append(f"{qm.relative_to(ROOT)}: out of date with its .ts (run python packaging/translations.py)")
    return found


def check() -> int:
    found = problems()
    for line in found:
        print(line)
    if found:
        print(f"translations: {len(found)} problem(s); see the docstring of packaging/translations.py")
        return 1
    print("translations: up to date")
    return 0


def list_unfinished() -> int:
    count = 0
    for code in LANGUAGES:
        ts = ts_path(code)
        for entry in read_ts(ts) if ts.exists() else []:
            if not entry.finished:
                count += 1
                print(f"{code}\t{entry.context}\t{entry.source!r}" + ("\t(plural)" if entry.numerus else ""))
    return 1 if count else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is out of date")
    mode.add_argument("--unfinished", action="store_true", help="list the entries still to translate")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.unfinished:
        return list_unfinished()
    return update()


if __name__ == "__main__":
    sys.exit(main())
