"""Schemathesis over the app's own OpenAPI schema, in-process (ASGI): no server errors, and
responses that match what the schema declares. Bounded examples keep it fast."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from talentflow.web.app import create_app
from test_report_fixture import build_store

TOKEN = "fuzz-token"
app = create_app(store=build_store(consolidated=True), enable_writes=True, token=TOKEN)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case):
    headers = {"Authorization": f"Bearer {TOKEN}"} if case.method == "POST" else None
    case.call_and_validate(headers=headers)
