"""CLI commands: events (to be filled by its owner)."""
