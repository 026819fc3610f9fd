"""Benchmarks (`make bench`): each module here reports figures; none is a timed test."""
