"""Arabic normalisation with an offset map, sentence splitting and clitic-aware tokens."""
