"""A loopback address nothing listens on, kept so while it is in use."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def closed_port_url(path: str = "/") -> Iterator[str]:
    """http://127.0.0.1:<port><path>, where a connection is refused at once.

    The port stays bound (never listening) until the block ends: a port merely probed and let go can
    be handed by the system to the next server a test starts, which would then answer there.
    """
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{held.getsockname()[1]}{path}"
