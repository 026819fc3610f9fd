"""CLI commands: why (to be filled by its owner)."""
