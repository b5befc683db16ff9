"""`python -m studio [FILE]` starts the desktop app."""

import sys

from studio.gui.app import main

sys.exit(main())
