"""The language a clip is judged in by clip QA: its voice's own when the provider knows it, else the lines'.

A voice that speaks one language reads any text with that language's rules and pace: espeak-ng's
"sit/cmn" reads Chinese at about 4 characters a second, whatever the rest of the document is in. So in a
document mixing voices of two languages each clip is judged against its own voice's language, and the
language detected from the lines (studio.core.languages.lines_language) is the fallback.

Only providers whose voices are bound to a language say it (`voice_language(voice_id)`: the offline
engines). ElevenLabs' voice language (labels.language, verified_languages) is where the voice was
recorded, not what it says: a multilingual model speaks the text's language with any voice, so an
"English" voice reading French subtitles speaks French, and the lines' language is the right one.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence

from studio.core.clip_spec import ClipSpec
from studio.core.languages import lines_language
from studio.providers.base import Provider


class ClipLanguages:
    """spec -> the language its clip is judged in (None: unknown, the default reading rate). Thread-safe;
    each voice is asked about once, and the lines are read only when a voice does not say (detection
    loads ~1 s of profiles: done on the first clip's worker thread, never where this is built)."""

    def __init__(self, provider: Provider | None, texts: Sequence[str] = ()) -> None:
        self._voice_language = getattr(provider, "voice_language", None)
        self._texts = tuple(texts)
        self._voices: dict[str, str | None] = {}
        self._lock = threading.Lock()

    def __call__(self, spec: ClipSpec) -> str | None:
        return self.of_voice(spec.voice) or self.of_lines

    def of_voice(self, voice: str) -> str | None:
        """The voice's own language, when its provider binds it to one."""
        if not callable(self._voice_language):
            return None
        with self._lock:
            if voice not in self._voices:
                self._voices[voice] = self._voice_language(voice)
            return self._voices[voice]

    @functools.cached_property
    def of_lines(self) -> str | None:
        """The language the lines are written in (as the fit forecast detects it)."""
        return lines_language(self._texts)
