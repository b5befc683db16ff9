"""The video pane, its playback and the video actions."""
