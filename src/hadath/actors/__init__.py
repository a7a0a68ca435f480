"""Actors: the dictionary, the matcher and within-document coreference (see README)."""

from hadath.actors.match import find_actor_mentions
from hadath.actors.resources import ActorResources, load_actor_resources
from hadath.actors.stage import find_actors

__all__ = ["ActorResources", "find_actor_mentions", "find_actors", "load_actor_resources"]
