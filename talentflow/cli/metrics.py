"""CLI commands: metrics (to be filled by its owner)."""
