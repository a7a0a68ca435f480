"""Event coding: the CAMEO/PLOVER ontology, the Arabic pattern dictionary and the coder."""
