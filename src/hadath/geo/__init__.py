"""Geocoding: the gazetteer, place mentions in articles, and the dateline."""

from hadath.geo.dateline import dateline_place

__all__ = ["dateline_place"]
