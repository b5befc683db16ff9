"""The Qt-free core: subtitles, costs, cache, rendering, timeline. Never imports PySide6."""
