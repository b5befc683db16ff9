"""dubbing-studio-cli: the app's jobs without a window (see CLI.md for the contract).

One module per command group (accounts, jobs, render, voices, pronunciations) over studio.core and
studio.providers, exactly as the GUI uses them; `app` builds the parser and runs a command."""

from studio.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
