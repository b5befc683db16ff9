"""Edit ▸ Preferences…: every remembered setting a user changes, in one window of pages."""
