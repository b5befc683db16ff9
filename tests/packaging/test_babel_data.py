"""Babel's locale data in the bundle: only what the interface languages need (bundle.BABEL_LOCALES in
packaging/pyinstaller/bundle.py), and with that alone the app still names languages and countries in
English and French. Checked on a copy of the installed Babel holding only the files the bundle keeps."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import babel
from babel import Locale

from tests.packaging.layout import ROOT

BABEL = Path(babel.__file__).resolve().parent


def _in_bundle(path: Path) -> str:
    return "babel/" + path.relative_to(BABEL).as_posix()


def test_only_the_interface_languages_locale_data_is_kept(bundle):
    data = sorted((BABEL / "locale-data").iterdir())
    assert len(data) > 500  # the stock hook would carry every locale
    kept = {path.name for path in data if bundle.keep(_in_bundle(path))}
    assert kept == {"root.dat", "en.dat", "fr.dat", "LICENSE.unicode"}
    # Whatever the OS writes in the bundle's paths; the rest of babel/ is untouched.
    assert not bundle.keep("babel\\locale-data\\de.dat") and bundle.keep("babel\\locale-data\\fr.dat")
    assert not bundle.keep("Contents/Resources/babel/locale-data/en_US_POSIX.dat")
    assert bundle.keep("babel/global.dat") and bundle.keep("babel/locale-data/LICENSE.unicode")


def test_every_interface_language_keeps_its_locale_data(bundle):
    translations = ROOT / "resources" / "translations"
    codes = {path.stem.removeprefix("dubbing_studio_") for path in translations.glob("*.ts")}
    assert codes >= {"en", "fr"}
    assert codes | {"root"} <= bundle.BABEL_LOCALES


def test_the_kept_files_still_name_languages_and_countries_in_english_and_french(bundle, tmp_path):
    def left_out(folder: str, names: list[str]) -> set[str]:
        return {name for name in names if name == "__pycache__"
                or not bundle.keep(_in_bundle(Path(folder) / name))}

    shutil.copytree(BABEL, tmp_path / "babel", ignore=left_out)
    assert len(list((tmp_path / "babel" / "locale-data").iterdir())) == 4
    probe = f"""
import json, sys
sys.path.insert(0, {str(tmp_path)!r})
import babel
from babel import Locale, localedata
from studio.gui.kit.language_names import language_name, locale_name
assert babel.__file__.startswith({str(tmp_path)!r}), babel.__file__
print(json.dumps({{
    "fr": [language_name("de", "fr"), locale_name("en-US", "fr"), len(Locale.parse("fr").languages)],
    "en": [language_name("de", "en"), locale_name("fr-CA", "en"), len(Locale.parse("en").territories)],
    "de_known": localedata.exists("de"),
    "from_german": language_name("fr", "de"),
}}))
"""
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    names = json.loads(run.stdout)
    assert names["fr"] == ["allemand", "anglais (États-Unis)", len(Locale.parse("fr").languages)]
    assert names["en"] == ["German", "French (Canada)", len(Locale.parse("en").territories)]
    # A locale left out is unknown there: its names fall back to English's, as language_names says.
    assert names["de_known"] is False and names["from_german"] == "French"
