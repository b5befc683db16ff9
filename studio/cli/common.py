"""What every CLI module shares: the exit codes of the contract and the error that carries one.

Kept apart from studio/cli/app.py (the parser and main()) so that each command module imports the
contract without importing the parser that imports it.
"""

from __future__ import annotations

import sys
from typing import TextIO

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_REFUSED = 3
EXIT_SOME_FAILED = 4
EXIT_WRITE_FAILED = 5   # disk full, permission denied: the message names the path; paid clips are kept
EXIT_CANCELLED = 130


class CliError(Exception):
    """An error the user can act on; exit_code follows the contract."""

    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT, kind: str = "bad_input"):
        super().__init__(message)
        self.exit_code = exit_code
        self.kind = kind


def say(message: str, stream: TextIO | None = None) -> None:
    """Print a human-readable line (stderr by default: stdout is for results)."""
    print(message, file=stream or sys.stderr, flush=True)
