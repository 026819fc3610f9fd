"""The web app and JSON API (FastAPI): ``create_app(db=None, enable_writes=False, token=None, store=None)``."""

from talentflow.web.app import create_app

__all__ = ["create_app"]
