"""Corpus level: near-duplicate documents and aggregation of events across articles."""
