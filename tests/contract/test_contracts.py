"""The contracts themselves: valid, examples that fit, generated code in step, handlers complete."""

from __future__ import annotations

import copy
import typing
from decimal import Decimal
from pathlib import Path

import iso4217
import msgspec
import pytest

from generated.messages import CATALOG, QUEUES
from generated.operations import OPERATIONS
from handlers.accounts.api import OPERATIONS as ACCOUNTS
from handlers.banking.api import OPERATIONS as BANKING
from handlers.core.errors import MissingHandlerError
from handlers.edge.dispatch import check_handlers
from handlers.messaging.consumer import check_consumers
from handlers.notifications.api import OPERATIONS as NOTIFICATIONS
from handlers.query.api import OPERATIONS as QUERY
from infra.bootstrap.consumers import SUBSCRIPTIONS as MESSAGE_HANDLERS
from tools import check_contracts, generate
from tools.oas_validation import OpenApiValidator, decimalized, problems
from tools.spec_model import load_yaml

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = load_yaml(ROOT / "specs" / "openapi.yaml")
ASYNCAPI = load_yaml(ROOT / "specs" / "asyncapi.yaml")


def test_both_contracts_pass_every_check() -> None:
    assert check_contracts.main() == 0


def test_a_wrong_example_is_caught() -> None:
    doc = copy.deepcopy(OPENAPI)
    example = doc["paths"]["/deposit"]["post"]["requestBody"]["content"]["application/json"]["example"]
    example["amount"] = 0.00001
    _, errors = check_contracts.example_errors(doc, OpenApiValidator)
    assert any("amount" in e and "multiple of 0.0001" in e for e in errors)


def test_an_invalid_asyncapi_document_is_caught() -> None:
    doc = copy.deepcopy(ASYNCAPI)
    doc["operations"]["ledgerReceivesCommands"]["action"] = "subscribe"
    assert check_contracts.asyncapi_errors(doc)
    assert not check_contracts.asyncapi_errors(ASYNCAPI)


def test_generated_code_is_what_the_specs_produce(tmp_path: Path) -> None:
    generate.main(tmp_path)
    fresh = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    committed = {p.name: p.read_bytes() for p in (ROOT / "generated").iterdir() if p.is_file()}
    assert fresh.keys() == committed.keys()
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"generated/ is stale, run make generate: {stale}"
    assert all(b"do not edit" in content for content in fresh.values())
    assert all(b"do not edit" in content.splitlines()[0] for n, content in fresh.items() if n.endswith(".py"))


def test_currencies_are_the_iso_4217_codes_with_minor_units() -> None:
    listed = set(OPENAPI["components"]["schemas"]["Currency"]["enum"])
    assert listed == {c.code for c in iso4217.Currency if c.exponent is not None}


@pytest.mark.parametrize(
    ("amount", "valid"),
    [
        ("19.99", True),
        ("1.1", True),
        ("0.29", True),
        ("1000000", True),
        ("0.01", True),
        ("1.005", True),
        ("0.0001", True),
        ("0.00001", False),
        ("1.00005", False),
        ("0", False),
        ("-1", False),
        ("1000000.01", False),
    ],
)
def test_amounts_are_checked_as_exact_decimals(amount: str, valid: bool) -> None:
    schema = decimalized(OPENAPI["components"]["schemas"]["Amount"])
    assert (problems(OpenApiValidator(schema), Decimal(amount)) == []) is valid


# The seed's contract: every path, method, success status and field name must still be there.
SEED = [
    (
        "POST",
        "/accounts",
        201,
        {"message", "accountId", "userId", "name", "currency", "status", "createdAt", "updatedAt"},
    ),
    (
        "GET",
        "/accounts",
        200,
        {"accountId", "userId", "name", "currency", "status", "createdAt", "updatedAt", "closedAt"},
    ),
    (
        "GET",
        "/accounts/{account_id}",
        200,
        {"accountId", "userId", "name", "currency", "status", "createdAt", "updatedAt", "closedAt"},
    ),
    ("PUT", "/accounts/{account_id}/close", 200, {"message", "accountId"}),
    ("POST", "/deposit", 202, {"message", "operationId", "status"}),
    ("POST", "/withdraw", 202, {"message", "operationId", "status"}),
    (
        "GET",
        "/operation-status/{operation_id}",
        200,
        {"operationId", "accountId", "type", "amount", "status", "createdAt", "completedAt", "errorMessage"},
    ),
    ("GET", "/transactions/{account_id}", 200, {"transactions"}),
    ("GET", "/balances/{account_id}", 200, {"accountId", "balance", "currency", "lastUpdated"}),
    ("GET", "/balances", 200, {"accountId", "accountName", "balance", "currency", "lastUpdated"}),
]


@pytest.mark.parametrize(("method", "path", "status", "fields"), SEED)
def test_the_contract_is_a_superset_of_the_seed(
    method: str, path: str, status: int, fields: set[str]
) -> None:
    (op,) = [o for o in OPERATIONS.values() if (o.method, o.path) == (method, path)]
    assert op.success_status == status
    model = op.response_model
    if typing.get_origin(model) is list:  # a list of models
        (model,) = typing.get_args(model)
    assert fields <= {f.encode_name for f in msgspec.structs.fields(model)}


def test_request_fields_of_the_seed() -> None:
    bodies = {
        "createAccount": {"name", "currency"},
        "deposit": {"accountId", "amount"},
        "withdraw": {"accountId", "amount"},
    }
    for name, fields in bodies.items():
        model = OPERATIONS[name].body_model
        assert model is not None
        assert {f.encode_name for f in msgspec.structs.fields(model)} == fields


def test_every_operation_and_message_has_exactly_one_handler() -> None:
    check_handlers(ACCOUNTS, BANKING, QUERY, NOTIFICATIONS)
    check_consumers(MESSAGE_HANDLERS)
    assert set(QUEUES) == set(MESSAGE_HANDLERS)
    assert {t for handlers in MESSAGE_HANDLERS.values() for t in handlers} <= set(CATALOG)


def test_a_missing_operation_handler_stops_the_app() -> None:
    incomplete = dict(ACCOUNTS)
    del incomplete["closeAccount"]
    with pytest.raises(MissingHandlerError, match="closeAccount"):
        check_handlers(incomplete, BANKING, QUERY, NOTIFICATIONS)
    with pytest.raises(MissingHandlerError, match="unknownOperation"):
        check_handlers(
            {**ACCOUNTS, "unknownOperation": ACCOUNTS["getAccount"]}, BANKING, QUERY, NOTIFICATIONS
        )
    with pytest.raises(MissingHandlerError, match=r"served twice: \['getAccount'\]"):
        check_handlers(ACCOUNTS, {**BANKING, "getAccount": ACCOUNTS["getAccount"]}, QUERY, NOTIFICATIONS)


def test_a_missing_message_handler_stops_the_app() -> None:
    incomplete = {service: dict(handlers) for service, handlers in MESSAGE_HANDLERS.items()}
    del incomplete["accounts"]["AccountCloseRejected"]
    with pytest.raises(MissingHandlerError, match="AccountCloseRejected"):
        check_consumers(incomplete)
