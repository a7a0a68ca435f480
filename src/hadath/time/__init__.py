"""Date expressions in Arabic news text and their resolution against a base date."""

from hadath.time.find import find_date_mentions

__all__ = ["find_date_mentions"]
