"""Arabic normalisation with an offset map, sentence splitting and clitic-aware tokens."""

from hadath.text.normalize import NormalizedText, normalize, normalize_form

__all__ = ["NormalizedText", "normalize", "normalize_form"]
