"""Frozen entry point of the CLI (PyInstaller needs a script, not a `module:function` entry)."""

import sys

from studio.cli import main

sys.exit(main())
