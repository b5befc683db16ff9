"""A real process that journals paid requests and is killed with SIGKILL before closing them: the
journal a crash leaves behind, for the recovery tests."""

from __future__ import annotations

import json
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
