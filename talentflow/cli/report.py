"""CLI commands: report (to be filled by its owner)."""
