"""The Linux desktop entry and the project file's MIME type, as a desktop reads them."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET

from tests.packaging.layout import LINUX, require_tool

DESKTOP = LINUX / "dubbing-studio.desktop"
MIME_XML = LINUX / "dubbing-studio.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PROJECT_TYPE = "application/x-dubbing-studio-project"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive: Name[fr]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    proc = subprocess.run([require_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                          text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_desktop_entry_opens_subtitles_and_projects_with_our_icon():
    entry = desktop_entry()
    assert entry["Exec"] == "dubbing-studio %f"
    assert entry["Icon"] == "dubbing-studio"
    types = entry["MimeType"].rstrip(";").split(";")
    assert "application/x-subrip" in types
    assert PROJECT_TYPE in types


def test_mime_xml_declares_the_project_glob():
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    [mime_type] = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == PROJECT_TYPE
    assert [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")] == ["*.dubproj"]
    assert mime_type.find(f"{MIME_NS}comment").text
    assert mime_type.find(f"{MIME_NS}icon").get("name") == "dubbing-studio"


def test_project_suffix_is_the_one_the_app_writes():
    from studio.core.project import SUFFIX

    assert SUFFIX == ".dubproj"
