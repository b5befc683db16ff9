"""Frozen entry point of the GUI (PyInstaller needs a script, not a `module:function` entry)."""

import sys

from studio.gui.app import main

sys.exit(main())
