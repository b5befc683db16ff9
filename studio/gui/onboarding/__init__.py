"""First steps: the welcome window and the guided tour."""
