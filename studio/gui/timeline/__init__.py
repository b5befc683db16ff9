"""The timeline strip under the table and its rows."""
