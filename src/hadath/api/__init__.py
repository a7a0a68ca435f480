"""The HTTP API of ``hadath serve`` (FastAPI); see `hadath.api.app.create_app`."""

from hadath.api.app import ServeConfig, create_app

__all__ = ["ServeConfig", "create_app"]
