"""Language resources, loaded once per process, lazily; immutable and picklable.

Each property loads its resource on first use with the loader of the package that owns it,
so a command that only reads dates never builds the actor automaton.  A `Resources` object is
passed to every stage; stages never load data themselves.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from hadath.options import Options

if TYPE_CHECKING:
    from hadath.events.coder import Coder


class Resources:
    """The bundle of loaded dictionaries, gazetteers and patterns for one process."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()

    def __getstate__(self) -> dict[str, Any]:
        # Ship only the options to other processes: each worker loads its own copy once,
        # which is cheaper than pickling built automata across the wire.
        return {"options": self.options}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.options = state["options"]

    @cached_property
    def text(self) -> Any:
        """Normalisation tables, clitic lexicon and furniture patterns (``text``/``clean``)."""
        from hadath.text.resources import load_text_resources

        return load_text_resources(self.options)

    @cached_property
    def calendar(self) -> Any:
        """Month names, weekday names and relative-date words (``time``)."""
        from hadath.time.resources import load_calendar

        return load_calendar(self.options)

    @cached_property
    def actors(self) -> Any:
        """The actor dictionary and its matcher (``actors``)."""
        from hadath.actors.resources import load_actor_resources

        return load_actor_resources(self.options)

    @cached_property
    def events(self) -> Any:
        """The CAMEO ontology and the Arabic pattern dictionary (``events``)."""
        from hadath.events.resources import load_event_resources

        return load_event_resources(self.options)

    @cached_property
    def event_coder(self) -> Coder:
        """The event coder over `events`: stateless between calls, so built once."""
        from hadath.events.coder import Coder

        return Coder(self.events)

    @cached_property
    def gazetteer(self) -> Any:
        """Place names and their coordinates (``geo``), matched with the text's clitics."""
        from hadath.geo.resources import load_gazetteer

        return load_gazetteer(self.options, article=self.text.clitics.article)
