"""CLI commands: serve (to be filled by its owner)."""
