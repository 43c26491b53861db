"""Hooks of the Schemathesis campaign (loaded through SCHEMATHESIS_HOOKS by the CLI).

Every check stays on. Two refusals the contract documents depend on state no JSON Schema can
describe, so a schema-valid request may rightly meet them; a `positive_data_acceptance` failure
is dropped only after the refusal is proven to be that documented one, and stands otherwise:

- 422 INVALID_AMOUNT: the amount has more decimals than the account's currency has minor units
  (a JPY account takes whole amounts); proven by reading the account's currency as its owner.
- 400 on `cursor` alone: a cursor is opaque and only ever comes from `nextCursor`; proven by the
  cursor never having been issued by the server during the run.

And one refusal is no refusal of valid data at all: a 400 VALIDATION_ERROR for a request that the
independent referee (tests/contract/referee.py) finds invalid when it reads the contract as OpenAPI
says, with ECMA-262 patterns.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import iso4217
import requests
import schemathesis
from hypothesis import strategies as st
from schemathesis.openapi.checks import RejectedPositiveData

from handlers.core import jsonio
from tests.contract import referee

ISSUED_CURSORS: set[str] = set()
FORGED_CURSOR = [{"field": "cursor", "message": "not a cursor of this list"}]
# the campaign runs the CLI in its own directory and reads this back
DROPPED = Path("dropped-failures.txt")


@schemathesis.hook("flatmap_body").apply_to(operation_id=["deposit", "withdraw"])
def whole_amounts_too(context: Any, body: Any) -> Any:
    """Each money movement as generated or with its amount made whole. The contract steps amounts by
    0.0001 for every currency, so a generated amount is mostly finer than the account's currency
    and refused (422), and stateful runs would seldom get an operation to follow; a whole amount
    in the same bounds fits every currency. Validity is kept: only an amount within the contract's
    bounds is changed, to one within them."""
    amount = body.get("amount") if isinstance(body, dict) else None
    if isinstance(amount, bool) or not isinstance(amount, int | float | Decimal):
        return st.just(body)
    if not Decimal("0.0001") <= Decimal(str(amount)) <= Decimal(1000000):
        return st.just(body)
    return st.sampled_from([body, {**body, "amount": max(1, int(amount))}])


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    """Remember every cursor the server hands out."""
    if case.operation.path == "/transactions/{account_id}" and response.status_code == 200:
        cursor = response.json().get("nextCursor")
        if cursor:
            ISSUED_CURSORS.add(cursor)


def _problem(response: Any) -> dict[str, Any]:
    try:
        body = jsonio.loads(response.content)
    except jsonio.JsonError:
        return {}
    return body if isinstance(body, dict) else {}


def _decimals(amount: Decimal) -> int:
    exponent = amount.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _amount_too_precise(response: Any) -> bool:
    """The sent amount has more decimals than the currency of the (owned) account allows."""
    sent = jsonio.loads(response.request.body)
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(response.request.url))
    owner = {"Authorization": response.request.headers["Authorization"]}
    account = requests.get(f"{origin}/accounts/{sent['accountId']}", headers=owner, timeout=10)
    if account.status_code != 200:
        return False
    minor_units = iso4217.Currency(account.json()["currency"]).exponent or 0
    return _decimals(Decimal(str(sent["amount"]))) > minor_units


def not_schema_valid(response: Any) -> bool:
    """The request as sent breaks the contract when read as OpenAPI says (ECMA-262 patterns, exact
    decimals): the generator's regex dialect lets `.` match \\r, U+2028 and U+2029, ECMA-262 does not."""
    sent = response.request
    body = sent.body.encode() if isinstance(sent.body, str) else sent.body or b""
    return referee.request_problem(sent.method, sent.url, dict(sent.headers), body) is not None


def documented_refusal(case: Any, response: Any) -> bool:
    """Whether a schema-valid request met a refusal the contract documents, verified."""
    problem, path = _problem(response), case.operation.path
    if (
        response.status_code == 400
        and problem.get("code") == "VALIDATION_ERROR"
        and not_schema_valid(response)
    ):
        return True
    if response.status_code == 422 and path in ("/deposit", "/withdraw"):
        return problem.get("code") == "INVALID_AMOUNT" and _amount_too_precise(response)
    if response.status_code == 400 and path == "/transactions/{account_id}":
        cursor = (case.query or {}).get("cursor")
        return problem.get("errors") == FORGED_CURSOR and cursor not in ISSUED_CURSORS
    return False


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    """Keep every failure but a proven, documented refusal of schema-valid data."""
    if isinstance(failure, RejectedPositiveData) and documented_refusal(case, response):
        with DROPPED.open("a") as dropped:
            dropped.write(f"{case.operation.label} {response.status_code} {_problem(response).get('code')}\n")
        return False
    return True
