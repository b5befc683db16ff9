"""The window and the app: startup, the main window that composes every feature, menus, status bar, file and help actions, theme and interface language."""
