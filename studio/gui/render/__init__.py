"""Rendering lines to clips: the render controller, its progress and the one-line player."""
