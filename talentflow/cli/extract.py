"""CLI commands: extract (to be filled by its owner)."""
