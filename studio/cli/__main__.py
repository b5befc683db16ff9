"""`python -m studio.cli COMMAND ...`: the same as the dubbing-studio-cli entry point."""

import sys

from studio.cli.app import main

sys.exit(main())
