"""CLI commands: demo (to be filled by its owner)."""
