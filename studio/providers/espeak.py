"""A ctypes binding to the libespeak-ng that the espeakng-loader wheel ships, with its voice data.

Only the classic C API is used (espeak_Initialize / SetVoiceByName / SetParameter / Synth / ListVoices),
in AUDIO_OUTPUT_SYNCHRONOUS mode: espeak_Synth returns once the whole text is spoken, and the samples
arrive through our synth callback on the calling thread. espeak-ng keeps all its state in globals and is
not thread-safe, so one module lock guards initialisation and every call, and it is initialised once.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass

DEFAULT_RATE_WPM = 175  # espeak-ng's own default speaking rate
MIN_RATE_WPM, MAX_RATE_WPM = 80, 450  # the range espeak-ng documents for espeakRATE

# From speak_lib.h.
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000  # without it, missing voice data makes espeak call exit()
_CHARS_UTF8 = 1
_POS_CHARACTER = 1
_PARAM_RATE, _PARAM_VOLUME, _PARAM_PITCH = 1, 2, 3
_EE_OK, _EE_NOT_FOUND = 0, 2
_PHONEMES_IPA = 0x02  # espeak_TextToPhonemes: IPA (UTF-8) rather than espeak's ASCII names


class EspeakError(Exception):
    """The engine could not be loaded or refused to speak. `reason` ("not_installed", "data_missing",
    "not_loaded", "no_data", "cannot_select", "failed") and `params` say it for the window's wording."""

    def __init__(self, message: str, reason: str = "failed", **params: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.params = params


class EspeakVoiceNotFound(EspeakError):
    pass


@dataclass(frozen=True)
class EspeakVoice:
    identifier: str                # "roa/fr": the file under espeak-ng-data, accepted by SetVoiceByName
    name: str                      # "French (France)"
    languages: tuple[str, ...]     # ("fr-fr", "fr") in espeak's priority order
    gender: str | None = None      # "male" | "female" | None


class _Voice(ctypes.Structure):
    # `languages` is a sequence of (priority byte, NUL-terminated string) ended by a zero byte, which
    # c_char_p would cut at the first NUL: keep it as a raw pointer.
    _fields_ = [("name", ctypes.c_char_p), ("languages", ctypes.c_void_p), ("identifier", ctypes.c_char_p),
                ("gender", ctypes.c_ubyte), ("age", ctypes.c_ubyte), ("variant", ctypes.c_ubyte),
                ("xx1", ctypes.c_ubyte), ("score", ctypes.c_int), ("spare", ctypes.c_void_p)]


_SynthCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


class _Engine:
    def __init__(self, library_path: str, data_path: str) -> None:
        try:
            self.lib = ctypes.CDLL(library_path)
        except OSError as error:
            raise EspeakError(f"The offline voice engine could not be loaded: {error}.", "not_loaded",
                              detail=str(error)) from None
        lib = self.lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_ListVoices.argtypes = [ctypes.c_void_p]
        lib.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
        lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int, ctypes.c_int]
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        # Encoded the way the C runtime reads file names.
        path = _short_data_path(data_path).encode("mbcs" if sys.platform == "win32" else "utf-8")
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, path, _INITIALIZE_DONT_EXIT)
        # A data path espeak cannot use gives 0 here, or a sample rate but no voice at all.
        if rate <= 0 or lib.espeak_SetVoiceByName(b"en") != _EE_OK:
            raise EspeakError("The offline voice engine could not read its voice data "
                              f"(espeak-ng error {rate}); reinstall the app.", "no_data", status=str(rate))
        self.sample_rate = rate
        self._buffer = bytearray()
        # Keep the callback object alive as long as the library may call it.
        self._callback = _SynthCallback(self._collect)
        lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav, count, events) -> int:
        if wav and count > 0:
            self._buffer += ctypes.string_at(wav, count * 2)
        return 0  # 0 = go on

    def voices(self) -> list[EspeakVoice]:
        found = []
        table = self.lib.espeak_ListVoices(None)
        index = 0
        while table[index]:
            entry = table[index].contents
            found.append(EspeakVoice(identifier=entry.identifier.decode("utf-8", "replace"),
                                     name=entry.name.decode("utf-8", "replace"),
                                     languages=_languages(entry.languages),
                                     gender={1: "male", 2: "female"}.get(entry.gender)))
            index += 1
        return found

    def synthesize(self, text: str, voice: str, rate: int, pitch: int | None) -> bytes:
        status = self.lib.espeak_SetVoiceByName(voice.encode("utf-8"))
        if status == _EE_NOT_FOUND or not voice:
            raise EspeakVoiceNotFound(f"The offline voice {voice!r} does not exist.")
        if status != _EE_OK:
            raise EspeakError(f"The offline engine could not select the voice “{voice}” (error {status}).",
                              "cannot_select", voice=voice, status=str(status))
        # Parameters are global and sticky: set every one we use on every call.
        self.lib.espeak_SetParameter(_PARAM_RATE, rate, 0)
        self.lib.espeak_SetParameter(_PARAM_PITCH, 50 if pitch is None else pitch, 0)
        self.lib.espeak_SetParameter(_PARAM_VOLUME, 100, 0)
        data = text.replace("\0", " ").encode("utf-8") + b"\0"  # a NUL would end the text early
        self._buffer = bytearray()
        status = self.lib.espeak_Synth(data, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        if status != _EE_OK:
            raise EspeakError(f"The offline engine failed to speak this line (error {status}).", "failed",
                              status=str(status))
        samples, self._buffer = bytes(self._buffer), bytearray()
        return samples

    def phonemes(self, text: str, voice: str) -> str:
        if self.lib.espeak_SetVoiceByName(voice.encode("utf-8")) != _EE_OK or not voice:
            raise EspeakVoiceNotFound(f"The offline voice {voice!r} does not exist.")
        buffer = ctypes.create_string_buffer(text.replace("\0", " ").encode("utf-8"))
        pointer = ctypes.c_void_p(ctypes.addressof(buffer))
        parts = []
        # Each call converts one clause and moves the pointer on; NULL once the text is used up.
        while pointer.value:
            found = self.lib.espeak_TextToPhonemes(ctypes.byref(pointer), _CHARS_UTF8, _PHONEMES_IPA)
            if found:
                parts.append(found.decode("utf-8", "replace"))
        return " ".join(part for part in parts if part)


def _short_data_path(data_path: str) -> str:
    """data_path, or a short alias of it: espeak-ng 1.52 keeps the path in a 160-byte buffer (230 on
    Windows) and, when it does not fit, silently falls back to the build machine's path and fails."""
    limit = 230 if sys.platform == "win32" else 160
    if len(data_path.encode("utf-8")) + len("/espeak-ng-data") < limit:
        return data_path
    # A private directory (mode 0700), so no other user can swap the alias for their own data.
    alias = os.path.join(tempfile.mkdtemp(prefix="studio-espeak-"), "espeak-ng-data")
    try:
        os.symlink(data_path, alias, target_is_directory=True)
    except (OSError, NotImplementedError):
        shutil.copytree(data_path, alias)  # Windows without symlink rights: about 20 MB, once per run
    return alias


def _languages(address: int | None) -> tuple[str, ...]:
    codes = []
    offset = 0
    while address:
        priority = ctypes.string_at(address + offset, 1)[0]
        if priority == 0:
            break
        code = ctypes.string_at(address + offset + 1)
        codes.append(code.decode("ascii", "replace"))
        offset += 2 + len(code)
    return tuple(codes)


_lock = threading.Lock()
_engine: _Engine | None = None


def paths() -> tuple[str, str]:
    """(library file, espeak-ng-data directory) as the espeakng-loader wheel exposes them."""
    try:
        import espeakng_loader
    except ImportError:
        raise EspeakError("The offline voice engine is not installed (espeakng-loader).", "not_installed") from None
    try:
        return espeakng_loader.get_library_path(), espeakng_loader.get_data_path()
    except RuntimeError as error:
        raise EspeakError(f"The offline voice engine's data is missing: {error}.", "data_missing",
                          detail=str(error)) from None


def _get() -> _Engine:
    global _engine
    if _engine is None:
        _engine = _Engine(*paths())
    return _engine


def sample_rate() -> int:
    with _lock:
        return _get().sample_rate


def list_voices() -> list[EspeakVoice]:
    with _lock:
        return _get().voices()


def synthesize(text: str, voice: str, *, rate: int = DEFAULT_RATE_WPM, pitch: int | None = None) -> bytes:
    """Mono s16le samples at sample_rate() for text spoken by voice (an identifier, name or language).

    Not bit-identical from call to call: the waveform generator carries its phase over from the
    previous utterance, so lengths differ by a few samples. Clips are cached by their inputs anyway.
    """
    rate = max(MIN_RATE_WPM, min(MAX_RATE_WPM, int(rate)))
    with _lock:
        return _get().synthesize(text, voice, rate, pitch)


def phonemes(text: str, voice: str) -> str:
    """text in IPA as espeak-ng reads it with voice ("fr", "en-us"): what Piper voices were trained on.
    Punctuation is dropped (the caller splits clauses itself and keeps their terminators)."""
    with _lock:
        return _get().phonemes(text, voice)
