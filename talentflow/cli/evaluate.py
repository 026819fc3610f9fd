"""CLI commands: evaluate (to be filled by its owner)."""
