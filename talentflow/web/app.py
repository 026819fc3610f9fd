"""The web app: HTML pages and a JSON API over one store. Read-only unless writes are enabled.

>>> from fastapi.testclient import TestClient
>>> from talentflow.store import Store
>>> client = TestClient(create_app(store=Store(":memory:")))
>>> client.get("/api/events").json()["total"]
0
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import re
import threading
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from talentflow.store import Store

log = logging.getLogger(__name__)
MAX_BODY = 1_000_000  # bytes accepted in one request
TOKEN_ENV = "TALENTFLOW_TOKEN"


class Settings:
    """What the app was started with: the store, whether writes are on, the token."""

    def __init__(self, store: Store, enable_writes: bool = False, token: str | None = None):
        self.store = store
        self.enable_writes = enable_writes
        self.token = token
        self.lock = threading.Lock()  # one DuckDB connection, one request at a time


def open_store(db: str | None, enable_writes: bool) -> Store:
    """The store for serving: read-only when writes are off and the file exists."""
    from talentflow.store import resolve_db_path

    path = resolve_db_path(db)
    read_only = not enable_writes and path != ":memory:" and os.path.exists(path)
    return Store(path, read_only=read_only)


def create_app(db: str | None = None, enable_writes: bool = False, token: str | None = None,
               store: Store | None = None) -> FastAPI:
    """The FastAPI app over ``store`` (or the DuckDB file ``db``).

    With ``enable_writes``, POST /api/documents ingests a document when the request carries
    ``Authorization: Bearer <token>``; ``token`` defaults to $TALENTFLOW_TOKEN.
    """
    token = token if token is not None else os.environ.get(TOKEN_ENV)
    if enable_writes and not token:
        raise ValueError(f"writes need a token: set {TOKEN_ENV} in the environment")
    app = FastAPI(title="talentflow", version=_version(), docs_url=None, redoc_url=None,
                  description="Who left, where did they go, and why: personnel events, "
                              "entities, claims, metrics and flows, with their evidence.")
    app.state.settings = Settings(store or open_store(db, enable_writes), enable_writes, token)
    from talentflow.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    _install_errors(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_body=MAX_BODY)
    app.openapi = lambda: _openapi(app)
    return app


def _version() -> str:
    from talentflow import __version__
    return __version__


# -- errors ---------------------------------------------------------------------------------------
def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path.startswith("/openapi")


def error_response(request: Request, status: int, message: str,
                   detail: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> Any:
    """A JSON error for the API, a small escaped page for the HTML pages."""
    if _wants_json(request):
        body: dict[str, Any] = {"error": message, "status": status}
        if detail:
            body["detail"] = detail
        return JSONResponse(body, status_code=status, headers=headers)
    from talentflow.report.render import render_page

    html = render_page("error.html.j2", status=status, message=message)
    return HTMLResponse(html, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    detail = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))}
              for e in exc.errors()]
    first = detail[0] if detail else {"loc": [], "msg": "invalid request"}
    where = ".".join(x for x in first["loc"] if x not in ("query", "path", "body")) or "request"
    return f"bad parameter {where}: {first['msg']}", detail


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError):
        msg, detail = _validation_message(exc)
        return error_response(request, 400, msg, detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        return error_response(request, exc.status_code, str(exc.detail),
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _server_error(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, "internal error (see the server log)")


# -- middleware -----------------------------------------------------------------------------------
class BodyLimit:
    """Refuse request bodies over ``max_body`` bytes with 413 (declared or streamed)."""

    def __init__(self, app: Any, max_body: int = MAX_BODY):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await _too_large(send, self.max_body)
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            msg = await receive()
            seen += len(msg.get("body", b""))
            if seen > self.max_body:
                raise StarletteHTTPException(413, f"request body over {self.max_body} bytes")
            return msg

        await self.app(scope, limited, send)


async def _too_large(send: Any, limit: int) -> None:
    body = ('{"error": "request body over %d bytes", "status": 413}' % limit).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def script_hash() -> str:
    """CSP hash of the one inline script the pages carry."""
    from talentflow.report.render import render_page

    html = render_page("error.html.j2", status=404, message="x")
    m = re.search(r"<script>(.*?)</script>", html, re.S)
    digest = hashlib.sha256((m.group(1) if m else "").encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


class SecurityHeaders:
    """Content-Security-Policy (no remote anything, one hashed inline script), nosniff."""

    def __init__(self, app: Any):
        self.app = app
        self.csp = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                    f"script-src {script_hash()}; form-action 'self'; base-uri 'none'; "
                    "frame-ancestors 'none'").encode()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        async def with_headers(msg: dict) -> None:
            if msg["type"] == "http.response.start":
                headers = list(msg.get("headers") or [])
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"no-referrer"))
                headers.append((b"content-security-policy", self.csp))
                msg["headers"] = headers
            await send(msg)

        await self.app(scope, receive, with_headers)


# -- OpenAPI --------------------------------------------------------------------------------------
ERROR_SCHEMA = {"type": "object", "required": ["error", "status"],
                "properties": {"error": {"type": "string"}, "status": {"type": "integer"},
                               "detail": {"type": "array", "items": {"type": "object"}}}}


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema with 422 replaced by our 400 and the error shape declared."""
    if app.openapi_schema:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    json_err = {"description": "Error", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Error"}}}}
    html_err = {"description": "Error page", "content": {"text/html": {"schema": {"type": "string"}}}}
    for path, ops in schema.get("paths", {}).items():
        err = json_err if path.startswith("/api") else html_err
        for op in ops.values():
            responses = op.setdefault("responses", {})
            responses.pop("422", None)
            if op.get("parameters") or op.get("requestBody"):
                responses.setdefault("400", {**err, "description": "Bad parameter"})
            if "{" in path:
                responses.setdefault("404", {**err, "description": "Not found"})
    comps = schema.setdefault("components", {}).setdefault("schemas", {})
    comps.pop("HTTPValidationError", None)
    comps.pop("ValidationError", None)
    comps["Error"] = ERROR_SCHEMA
    app.openapi_schema = schema
    return schema
