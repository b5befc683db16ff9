"""What the bundle carries beyond what PyInstaller finds by following imports, and what it leaves out.

Kept apart from the spec so tests/packaging can check it without running PyInstaller.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "dubbing-studio"
# GPL-3 (ours, espeak-ng, ffmpeg) and LGPL-3 (Qt) travel with the binaries they cover.
LEGAL = ("LICENSE", "THIRD_PARTY_NOTICES.md")
# Lets a user of the unpacked Linux folder add it to the desktop menu and file associations.
LINUX_DESKTOP = (f"{NAME}.desktop", f"{NAME}.xml", "install-desktop.sh")

# keyring picks its backend at run time through entry points, so nothing imports these statically;
# each OS needs its own (Secret Service/KWallet on Linux, Keychain on macOS, Credential Locker on
# Windows), and the chainer/fail/null ones are what studio/secrets.py falls back on.
HIDDEN_IMPORTS = (
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.macOS",
    "keyring.backends.macOS.api",
    "keyring.backends.Windows",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
)

# Nothing in studio/ imports these, but hooks of the modules it does import can drag them in; each is
# tens of MB (WebEngine alone ~120). tests/packaging fails if studio/ starts importing one of them.
QT_EXCLUDES = (
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation", "PySide6.Qt3DExtras",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuick3D", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtCharts", "PySide6.QtDataVisualization",
    "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtLocation",
    "PySide6.QtPositioning", "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSerialBus",
    "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtTextToSpeech", "PySide6.QtSpatialAudio", "PySide6.QtRemoteObjects",
    "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtHttpServer", "PySide6.QtNetworkAuth",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPrintSupport",
)
OTHER_EXCLUDES = ("tkinter", "_tkinter")

# Packages whose modules are imported by name at run time (studio/providers/__init__.py creates
# each provider with importlib), so import analysis cannot see them: every submodule goes in.
DYNAMIC_PACKAGES = ("studio.providers",)

# Qt plugins the app never uses, and the Qt libraries only they pull in: the PDF image format
# (QtPdf), the on-screen keyboard and the embedded-device platforms. Not QtQuick/QtQml: the
# multimedia plugin links them. Matched, lower-cased, against paths inside the bundle on all three
# OSes (lib*.so, *.dll, *.framework); packaging/build-linux.sh checks no library left needs them.
QT_DROP = (
    "*/imageformats/*qpdf*",
    "*/platforminputcontexts/*virtualkeyboard*",
    "*/egldeviceintegrations/*",
    "*/platforms/*eglfs*", "*/platforms/*linuxfb*", "*/platforms/*minimalegl*",
    "*/platforms/*vnc*", "*/platforms/*vkkhrdisplay*",
    "*qt6pdf*", "*qtpdf*", "*qt6virtualkeyboard*", "*qtvirtualkeyboard*", "*qt6eglfs*",
)


# Babel's CLDR data is one .dat file per locale (1,149 files, about 32 MB), and PyInstaller's stock
# hook collects them all. The app asks Babel for one thing: the names of languages and countries in
# the interface language (studio/gui/kit/language_names.py), and the interface is in English or French
# (resources/translations). Babel loads a locale on top of its parents, so Locale("fr").languages
# opens root.dat then fr.dat (and babel/global.dat, outside locale-data, which stays). Without its
# .dat, any other locale is unknown there, and language_names falls back to English's names. A new
# interface language adds its code here (tests/packaging/test_babel_data.py checks both).
BABEL_LOCALES = frozenset({"root", "en", "fr"})
BABEL_DATA = "babel/locale-data/"


def keep_babel_data(path: str) -> bool:
    """Whether a file under babel/locale-data (path in the bundle, "/"-separated) stays: the kept
    locales' .dat files and the data's licence."""
    name = path.rpartition("/")[2]
    return not name.endswith(".dat") or name[:-len(".dat")].lower() in BABEL_LOCALES


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected stays in the bundle (see QT_DROP and BABEL_LOCALES);
    PyInstaller files the top-level symlinks to Qt libraries under datas, so both lists go through this."""
    path = dest.replace("\\", "/").lower()
    if path.startswith(BABEL_DATA) or f"/{BABEL_DATA}" in path:
        return keep_babel_data(path)
    return not any(fnmatch(path, pattern) for pattern in QT_DROP)


def datas(root: Path = ROOT, platform: str = sys.platform) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for every file under resources/, the licences and,
    on Linux, the desktop integration files.

    studio/paths.py finds resources at `sys._MEIPASS/resources`, so the tree keeps its shape. Files
    are listed one by one: a folder with nothing in it yet (translations before any .qm) is no error.
    """
    resources = root / "resources"
    found = [(str(path), path.parent.relative_to(root).as_posix())
             for path in sorted(resources.rglob("*"))
             if path.is_file() and not path.name.startswith(".")]
    found += [(str(root / name), ".") for name in LEGAL]
    if platform.startswith("linux"):
        found += [(str(root / "packaging" / "linux" / name), "linux") for name in LINUX_DESKTOP]
    return found


def icon(platform: str = sys.platform) -> str | None:
    """The icon file the executables carry: .ico on Windows, .icns on macOS (Linux takes none)."""
    icons = ROOT / "resources" / "icons"
    if platform.startswith("win"):
        return str(icons / f"{NAME}.ico")
    if platform == "darwin":
        return str(icons / f"{NAME}.icns")
    return None


def system_libraries(binaries: list[tuple[str, str, str]]) -> str:
    """One line per library PyInstaller copied from the Linux system rather than from a wheel, with
    the Debian package and version that holds its source (LGPL: users must be able to get it).
    binaries are PyInstaller TOC entries (name in bundle, source path, type)."""
    sources = sorted({src for _, src, _ in binaries if src.startswith(("/lib", "/usr/lib"))})
    # With merged /usr, dpkg registered each file under whichever of /lib/... or /usr/lib/... its
    # package used, whatever path PyInstaller found it by: ask for both.
    names = {src: {src, os.path.join(os.path.realpath(os.path.dirname(src)), os.path.basename(src)),
                   src.removeprefix("/usr")} for src in sources}
    owner: dict[str, str] = {}
    if shutil.which("dpkg-query") and sources:
        asked = sorted(set().union(*names.values()))
        found = subprocess.run(["dpkg-query", "-S", *asked], capture_output=True, text=True)
        for line in found.stdout.splitlines():
            package, _, path = line.partition(": ")
            owner[path] = package.split(":")[0]
        packages = sorted(set(owner.values()))
        listed = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${Version}\\n", *packages],
                                capture_output=True, text=True).stdout if packages else ""
        versions = dict(line.split(" ", 1) for line in listed.splitlines() if " " in line)
        owner = {path: f"{package} {versions.get(package, '?')}" for path, package in owner.items()}
    lines = [f"{os.path.basename(src)}\t"
             f"{next((owner[n] for n in sorted(names[src]) if n in owner), 'package unknown')}"
             for src in sources]
    header = ("# Libraries copied from the build machine (Debian package and version); their sources:\n"
              "# https://sources.debian.org/ or `apt-get source <package>=<version>`.\n")
    return header + "\n".join(lines) + "\n"
