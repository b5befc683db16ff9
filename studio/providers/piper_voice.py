"""A Piper (VITS) voice run with onnxruntime on the CPU, phonemized by the espeak-ng the app already ships.

Piper voices take espeak-ng IPA phonemes mapped to ids by the voice's own `phoneme_id_map`; the
piper-tts package would bring a second espeak-ng and 30 MB of models for other languages, so the few
lines of that mapping live here and the phonemes come from studio.providers.espeak.

One InferenceSession per voice, shared by every thread: onnxruntime's Run is thread-safe, and each run
uses one intra-op thread so that the render job's pool (one line per core) is what parallelises.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.core.pronunciation import Rule
from studio.providers import espeak
from studio.providers.piper_phonemes import ruled_text

BOS, EOS, PAD = "^", "$", "_"
# Clause terminators Piper voices were trained with (kept as "phonemes"); "…" reads as a full stop.
_CLAUSE = re.compile(r"([^.,;:!?…]*)([.,;:!?…]+|$)")
_SENTENCE_END = frozenset(".!?…")
_PAUSE = frozenset(",;:")
# Where the peak of each sentence is normalised to: loud like Piper's own output, without clipping.
_PEAK = 0.95
LENGTH_SCALE_RANGE = (0.5, 2.0)  # beyond it VITS voices garble or drawl


class NeuralUnavailable(Exception):
    """onnxruntime (or numpy) cannot be imported here: the neural engine is not usable (`detail`: why)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class VoiceFileError(Exception):
    """The .onnx or its .onnx.json cannot be read as a Piper voice."""


@dataclass(frozen=True)
class PiperConfig:
    """What synthesis needs from a voice's .onnx.json."""

    sample_rate: int
    espeak_voice: str
    phoneme_id_map: dict[str, list[int]]
    length_scale: float = 1.0
    noise_scale: float = 0.667
    noise_w: float = 0.8
    num_speakers: int = 1
    language: str | None = None   # "fr_FR"
    quality: str | None = None    # "x_low" | "low" | "medium" | "high"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PiperConfig:
        try:
            inference = data.get("inference") or {}
            id_map = {str(k): [int(i) for i in v] for k, v in data["phoneme_id_map"].items()}
            if data.get("phoneme_type", "espeak") != "espeak":
                raise VoiceFileError(f"this voice reads {data['phoneme_type']!r} phonemes; only espeak "
                                     "voices are supported")
            for symbol in (BOS, EOS, PAD):
                if symbol not in id_map:
                    raise VoiceFileError(f"its phoneme map has no {symbol!r}")
            return cls(sample_rate=int(data["audio"]["sample_rate"]), espeak_voice=str(data["espeak"]["voice"]),
                       phoneme_id_map=id_map, length_scale=float(inference.get("length_scale", 1.0)),
                       noise_scale=float(inference.get("noise_scale", 0.667)),
                       noise_w=float(inference.get("noise_w", 0.8)),
                       num_speakers=int(data.get("num_speakers", 1)),
                       language=(data.get("language") or {}).get("code"),
                       quality=(data.get("audio") or {}).get("quality"))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            if isinstance(error, VoiceFileError):
                raise
            raise VoiceFileError(f"it is not a Piper voice configuration ({type(error).__name__}: {error})") from None

    @classmethod
    def read(cls, path: Path) -> PiperConfig:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise VoiceFileError(f"{path.name} cannot be read: {error}") from None
        if not isinstance(data, dict):
            raise VoiceFileError(f"{path.name} is not a Piper voice configuration")
        return cls.from_json(data)


def runtime_version() -> str:
    """onnxruntime's version; NeuralUnavailable when it cannot be imported (a bundle without it)."""
    return _onnxruntime().__version__


def _onnxruntime():  # noqa: ANN202 - the module, imported late: the app starts without it
    try:
        import onnxruntime
    except (ImportError, OSError) as error:
        raise NeuralUnavailable(f"The natural voice engine (onnxruntime) is not available: {error}.",
                                str(error)) from None
    return onnxruntime


def split_sentences(phonemize, text: str) -> list[str]:  # noqa: ANN001 - (text) -> IPA
    """text as one IPA string per sentence, each clause followed by its terminator as Piper expects."""
    sentences: list[str] = []
    current = ""
    for words, marks in _CLAUSE.findall(text):
        if not words.strip() and not marks:
            continue
        spoken = phonemize(words) if words.strip() else ""
        terminator = marks[:1].replace("…", ".") if marks else ""
        current += spoken + terminator
        if terminator in _PAUSE:
            current += " "
        elif terminator in _SENTENCE_END and current.strip():
            sentences.append(current.strip())
            current = ""
    if current.strip():
        sentences.append(current.strip())
    return [s for s in sentences if any(ch.isalpha() for ch in s)]


class PiperVoice:
    """A loaded voice. synthesize() may be called from several threads at once."""

    def __init__(self, model: Path, config: Path | None = None) -> None:
        ort = _onnxruntime()
        self.model_path = Path(model)
        self.config = PiperConfig.read(Path(config) if config else Path(f"{model}.json"))
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(str(self.model_path), sess_options=options,
                                                providers=["CPUExecutionProvider"])
        except Exception as error:  # noqa: BLE001 - onnxruntime raises its own untyped failures
            raise VoiceFileError(f"{self.model_path.name} is not a usable voice model: {error}") from None
        self._inputs = {i.name for i in self.session.get_inputs()}

    def phoneme_ids(self, phonemes: str) -> list[int]:
        id_map = self.config.phoneme_id_map
        ids = [*id_map[BOS], *id_map[PAD]]
        for symbol in unicodedata.normalize("NFD", phonemes):
            if symbol in id_map:  # a symbol the voice never learnt is left out, as Piper does
                ids += [*id_map[symbol], *id_map[PAD]]
        return ids + id_map[EOS]

    def sentences(self, text: str, rules: Sequence[Rule] = ()) -> list[str]:
        """text in the voice's IPA, a string per sentence, the words of phoneme rules said as the rules
        say (PhonemeRuleError for a rule with a symbol this voice never learnt)."""
        def phonemize(words: str) -> str:
            return espeak.phonemes(words, self.config.espeak_voice)

        marked, said = ruled_text(text, rules, phonemize, self.config.phoneme_id_map, self.name)
        return split_sentences(said, marked)

    @property
    def name(self) -> str:
        return self.model_path.name.removesuffix(".onnx")

    def synthesize(self, text: str, *, speed: float = 1.0, rules: Sequence[Rule] = ()) -> bytes:
        """Mono s16le samples at config.sample_rate; speed > 1 speaks faster through the voice's own
        length scale (natural, unlike stretching the audio afterwards); rules: the phoneme rules that
        match text."""
        import numpy as np

        low, high = LENGTH_SCALE_RANGE
        length_scale = min(high, max(low, self.config.length_scale / max(speed, 0.1)))
        scales = np.array([self.config.noise_scale, length_scale, self.config.noise_w], dtype=np.float32)
        pieces = []
        for sentence in self.sentences(text, rules):
            ids = np.array([self.phoneme_ids(sentence)], dtype=np.int64)
            feeds = {"input": ids, "input_lengths": np.array([ids.shape[1]], dtype=np.int64), "scales": scales}
            if "sid" in self._inputs:
                feeds["sid"] = np.array([0], dtype=np.int64)  # multi-speaker voices: their first speaker
            audio = self.session.run(None, feeds)[0].squeeze().astype(np.float32)
            peak = float(np.max(np.abs(audio))) if audio.size else 0.0
            if peak > 1e-8:
                audio *= _PEAK / peak
            pieces.append((np.clip(audio, -1.0, 1.0) * 32767).astype("<i2").tobytes())
        return b"".join(pieces)


_loaded: dict[Path, PiperVoice] = {}
_loading = threading.Lock()


def load(model: Path) -> PiperVoice:
    """The voice at model, loaded once per process (a model is 20-120 MB and takes ~0.5 s to load)."""
    key = Path(model).resolve()
    with _loading:
        voice = _loaded.get(key)
        if voice is None:
            voice = _loaded[key] = PiperVoice(key)
        return voice


def forget(model: Path) -> None:
    """Drop a loaded voice (it was removed from disk)."""
    with _loading:
        _loaded.pop(Path(model).resolve(), None)
