"""CLI commands: ingest (to be filled by its owner)."""
