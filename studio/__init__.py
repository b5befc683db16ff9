"""Dubbing Studio: subtitles in, a dubbed voice track out."""

__version__ = "0.1.0"
APP_NAME = "Dubbing Studio"
ORG_NAME = "DubbingStudio"
