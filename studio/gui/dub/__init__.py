"""The dubbed results: Dub Video and export dialogs and jobs, timing, the speed offer and the dub actions."""
