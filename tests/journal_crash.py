"""A real process that journals paid requests and is killed with SIGKILL before closing them: the
journal a crash leaves behind, for the recovery tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from studio.core.clip_spec import ClipSpec


def die_with_open_entries(cache_root, *specs: ClipSpec, estimated: float = 12.0) -> None:  # noqa: ANN001
    code = textwrap.dedent("""
        import json, os, signal, sys
        from studio.core.clip_spec import ClipSpec
        from studio.core.journal import RequestJournal
        root, specs, estimated = json.loads(sys.argv[1])
        journal = RequestJournal(root)
        for s in specs:
            settings = tuple(sorted(s["settings"].items()))
            spec = ClipSpec(s["provider"], s["voice"], s["text"], s["model"], settings, s["audio_format"],
                            s["text_normalization"])
            journal.sent(spec, estimated=estimated)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    payload = json.dumps([str(cache_root), [spec.as_json() for spec in specs], estimated])
    proc = subprocess.run([sys.executable, "-c", code, payload], capture_output=True)
    assert proc.returncode == -9, proc.stderr


def die_after_the_answer(cache_root, spec: ClipSpec, base_url: str, key: str) -> None:  # noqa: ANN001
    """A process that journals a request, gets its answer from ElevenLabs (billed), journals the answer,
    and is killed before the clip is stored: the narrowest crash window of a render."""
    code = textwrap.dedent("""
        import json, os, signal, sys
        from studio.core.clip_spec import ClipSpec
        from studio.core.journal import RequestJournal
        from studio.providers.elevenlabs import ElevenLabsProvider
        from studio.providers.synthesis import synthesizer
        root, spec, base_url = json.loads(sys.argv[1])
        spec = ClipSpec.from_json(spec)
        journal = RequestJournal(root)
        entry = journal.sent(spec)
        result = synthesizer(ElevenLabsProvider(os.environ["DUBBING_TEST_KEY"], base_url=base_url))(spec, None, None)
        journal.answered(entry.id, request_id=result.request_id, history_item_id=result.history_item_id,
                         cost=result.cost)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    payload = json.dumps([str(cache_root), spec.as_json(), base_url])
    proc = subprocess.run([sys.executable, "-c", code, payload], capture_output=True,
                          env={**os.environ, "DUBBING_TEST_KEY": key})
    assert proc.returncode == -9, proc.stderr
