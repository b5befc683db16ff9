"""The app icon in every size desktops ask for, and the Windows/macOS containers made from them."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from tests.packaging.layout import ICONS

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    return struct.unpack(">II", data[16:24])  # IHDR width, height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_has_its_size_and_a_drawing(size):
    path = ICONS / f"dubbing-studio-{size}.png"
    assert png_size(path.read_bytes()) == (size, size)
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    pixels = [image.pixelColor(x, y) for y in range(size) for x in range(size)]
    opaque = [p for p in pixels if p.alpha() == 255]
    # A tile with a bubble on it: mostly opaque, transparent corners, and white next to colour.
    assert 0.6 * len(pixels) < len(opaque) < len(pixels)
    assert any(p.lightness() > 240 for p in opaque), "no white bubble"
    assert any(p.saturation() > 100 for p in opaque), "no coloured tile"


@pytest.mark.parametrize("name", ["dubbing-studio.svg", "dubbing-studio-16.svg", "dubbing-studio-24.svg"])
def test_svg_sources_parse(name):
    root = ET.parse(ICONS / name).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox")


def test_ico_holds_pngs_up_to_256():
    data = (ICONS / "dubbing-studio.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        entry = data[6 + 16 * index:22 + 16 * index]
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", entry)
        payload = data[offset:offset + length]
        sizes.append(png_size(payload)[0])
        assert (width or 256) == (height or 256) == sizes[-1]
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_holds_pngs_up_to_1024():
    data = (ICONS / "dubbing-studio.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, sizes = 8, {}
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        sizes[kind] = png_size(data[offset + 8:offset + length])[0]
        offset += length
    assert offset == len(data)
    assert sizes[b"icp4"] == 16 and sizes[b"ic07"] == 128 and sizes[b"ic10"] == 1024
