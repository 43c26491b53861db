"""The one dispatcher behind both HTTP adapters: validate, call the handler, shape the answer."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from typing import Any

import msgspec

from generated.operations import OPERATIONS, Operation
from handlers.core import contract, jsonio
from handlers.core.errors import BankError, MissingHandlerError, ValidationError
from handlers.edge.calls import Call, Handler, Idempotency, Replay
from handlers.edge.problems import PayloadTooLargeError, RateLimitedError, UnsupportedMediaTypeError, problem
from handlers.edge.responses import ApiRequest, ApiResponse
from handlers.storage.dynamo import throttled

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 65536


def check_handlers(*tables: Mapping[str, object]) -> None:
    """Refuse to start unless every operationId has exactly one handler, in one of the services'
    tables, and every handler an operation."""
    served = [operation_id for table in tables for operation_id in table]
    missing = sorted(set(OPERATIONS) - set(served))
    unknown = sorted(set(served) - set(OPERATIONS))
    twice = sorted({o for o in served if served.count(o) > 1})
    if missing or unknown or twice:
        raise MissingHandlerError(
            f"operations without handler: {missing}; handlers without operation: {unknown};"
            f" operations served twice: {twice}"
        )


def _is_text(value: str) -> bool:
    """Whether a string is Unicode text (no lone surrogate), as UTF-8 and the validators need."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _coerce(op: Operation, request: ApiRequest) -> dict[str, Any]:
    """Gather the parameters from path, query and headers; integers are parsed."""
    schema = contract.request_schema(op.operation_id, "parameters")
    assert schema is not None
    values: dict[str, Any] = {}
    for name, where in op.parameters:
        source = {"path": request.path_params, "query": request.query}.get(where, request.headers)
        raw = source.get(name.lower() if where == "header" else name)
        if raw is None:
            continue
        if not raw.isascii() and not _is_text(raw):
            raise ValidationError(
                f"{name}: not Unicode text", [{"field": name, "message": "not Unicode text"}]
            )
        is_int = schema["properties"][name].get("type") == "integer"
        values[name] = int(raw) if is_int and raw.lstrip("-").isdigit() and len(raw) < 12 else raw
    return values


def _parameters(op: Operation, request: ApiRequest) -> msgspec.Struct | None:
    if op.parameters_model is None:
        return None
    values = _coerce(op, request)
    found = contract.problems(contract.request_validator(op.operation_id, "parameters"), values)
    if found:
        raise ValidationError("; ".join(f"{p['field']}: {p['message']}" for p in found), found)
    return msgspec.convert(values, op.parameters_model)


def _is_json(content_type: str) -> bool:
    """Whether a Content-Type names JSON in UTF-8: `application/json`, with no charset or with
    charset utf-8 (RFC 8259 JSON is UTF-8; a body said to be in another charset is not read as one)."""
    media_type, *parameters = (part.strip().lower() for part in content_type.split(";"))
    charsets = [
        value.strip('"')
        for name, _, value in (p.partition("=") for p in parameters)
        if name.strip() == "charset"
    ]
    return media_type == "application/json" and all(charset in ("utf-8", "utf8") for charset in charsets)


def _body(op: Operation, request: ApiRequest) -> tuple[msgspec.Struct | None, Any]:
    """The body as the operation's model, and as the JSON document it was parsed from (once)."""
    if op.body_model is None:
        return None, None
    raw = request.body or b""
    if len(raw) > MAX_BODY_BYTES:
        raise PayloadTooLargeError(f"The body must be at most {MAX_BODY_BYTES} bytes")
    if not _is_json(request.headers.get("content-type", "")):
        raise UnsupportedMediaTypeError("The body must be application/json, in UTF-8")
    try:
        document = jsonio.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, jsonio.JsonError) as exc:
        raise ValidationError(f"The body is not valid JSON: {str(exc)[:120]}") from None
    found = contract.problems(contract.request_validator(op.operation_id, "body"), document)
    if found:
        raise ValidationError("; ".join(f"{p['field'] or 'body'}: {p['message']}" for p in found), found)
    try:  # integers are int and amounts exact Decimals in the document already
        return msgspec.convert(document, op.body_model), document
    except msgspec.ValidationError as exc:  # the schema took it, the model cannot (3.0 for an int)
        raise ValidationError(f"The body does not fit the contract: {exc}") from None


def fingerprint(operation_id: str, document: Any) -> str:
    """A digest of the operation and its body, to recognise a retried request: of the canonical
    body, so that the same request spelled another way (keys in another order, 5 or 5.00) is the
    same request."""
    return hashlib.sha256(f"{operation_id}:{jsonio.canonical(document)}".encode()).hexdigest()


def _idempotency(op: Operation, params: Any, document: Any) -> Idempotency | None:
    """The caller's Idempotency-Key, scoped to the operation: the same key on another operation
    is another request (the one rule for every service, each of which keeps its own keys)."""
    key = getattr(params, "idempotency_key", msgspec.UNSET)
    if key is msgspec.UNSET:
        return None
    return Idempotency(f"{op.operation_id}:{key}", fingerprint(op.operation_id, document), op.success_status)


def dispatch(request: ApiRequest, handlers: Mapping[str, Handler]) -> ApiResponse:
    """Answer one request; every failure becomes a problem document, never a stack trace."""
    op = OPERATIONS[request.operation_id]
    try:
        params = _parameters(op, request)
        body, document = _body(op, request)
        call = Call(request.user_id, params, body, _idempotency(op, params, document))
        result = handlers[op.operation_id](call)
        response = ApiResponse(op.success_status, jsonio.render(result))
    except Replay as replay:
        response = ApiResponse(replay.status, replay.body, {"Idempotent-Replayed": "true"})
    except BankError as error:
        response = problem(error)
    except Exception as error:
        if throttled(error):
            log.warning("%s throttled after the client's retries: %s", op.operation_id, error)
            response = problem(RateLimitedError("Slow down and retry after the Retry-After delay"))
        else:
            log.exception("unhandled error in %s", op.operation_id)
            response = problem(BankError("An unexpected error occurred"))
    return response
