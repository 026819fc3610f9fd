"""CLI commands: kb (to be filled by its owner)."""
