"""The subtitle table: the cue model, its columns, delegates and filter, the undo commands, the line editor, and the edit, clipboard, retime and pronunciation actions."""
