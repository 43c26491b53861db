"""The one dispatcher behind both HTTP adapters: validate, call the handler, shape the answer."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import msgspec

from generated.operations import OPERATIONS, Operation
from handlers import contract, jsonio
from handlers.calls import Call, Handler, Idempotency, Replay
from handlers.errors import (
    BankError,
    MissingHandlerError,
    PayloadTooLargeError,
    RateLimitedError,
    UnsupportedMediaTypeError,
    ValidationError,
)

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 65536
PROBLEM_TYPE = "https://docs.bank.example/errors/"
# DynamoDB's throttling codes (and a cancelled transaction's): only now is a bad moment, retry later
THROTTLED = frozenset(
    {
        "ThrottlingException",
        "ProvisionedThroughputExceededException",
        "RequestLimitExceeded",
        "ThrottlingError",
        "ProvisionedThroughputExceeded",
    }
)
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class ApiRequest:
    """An authenticated HTTP request, as either adapter sees it."""

    operation_id: str
    user_id: str
    path_params: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None


@dataclass
class ApiResponse:
    """What goes back: status, JSON-ready body, headers (the security headers always among them)."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.headers = {**SECURITY_HEADERS, **self.headers}

    @property
    def content_type(self) -> str:
        """application/problem+json for failures, else application/json."""
        return "application/problem+json" if self.status >= 400 else "application/json"

    def text(self) -> str:
        """The body as JSON text."""
        return jsonio.dumps(self.body)


def check_handlers(handlers: Mapping[str, Handler]) -> None:
    """Refuse to start unless every operationId has exactly one handler and vice versa."""
    missing = sorted(set(OPERATIONS) - set(handlers))
    unknown = sorted(set(handlers) - set(OPERATIONS))
    if missing or unknown:
        raise MissingHandlerError(
            f"operations without handler: {missing}; handlers without operation: {unknown}"
        )


def problem(error: BankError) -> ApiResponse:
    """An RFC 9457 problem document carrying the seed's message, code and timestamp."""
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE + error.code.lower().replace("_", "-"),
        "title": error.title,
        "status": error.status,
        "detail": error.detail,
        "message": error.detail,
        "code": error.code,
        "timestamp": jsonio.now_iso(),
    }
    if error.errors:
        body["errors"] = error.errors
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else {}
    if error.status == 429:
        headers["Retry-After"] = "1"
    return ApiResponse(error.status, body, headers)


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


def _body(op: Operation, request: ApiRequest) -> tuple[msgspec.Struct | None, Any]:
    if op.body_model is None:
        return None, None
    raw = request.body or b""
    if len(raw) > MAX_BODY_BYTES:
        raise PayloadTooLargeError(f"The body must be at most {MAX_BODY_BYTES} bytes")
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise UnsupportedMediaTypeError("The body must be application/json")
    try:
        document = jsonio.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, jsonio.JsonError) as exc:
        raise ValidationError(f"The body is not valid JSON: {str(exc)[:120]}") from None
    found = contract.problems(contract.request_validator(op.operation_id, "body"), document)
    if found:
        raise ValidationError("; ".join(f"{p['field'] or 'body'}: {p['message']}" for p in found), found)
    try:
        return msgspec.json.decode(raw, type=op.body_model), document  # integers as int, amounts exact
    except msgspec.MsgspecError as exc:  # the schema took it, the model cannot (3.0 for an int)
        raise ValidationError(f"The body does not fit the contract: {exc}") from None


def fingerprint(operation_id: str, document: Any) -> str:
    """A digest of the operation and its canonical body, to recognise a retried request."""
    return hashlib.sha256(f"{operation_id}:{jsonio.dumps(document)}".encode()).hexdigest()


def _idempotency(op: Operation, params: Any, document: Any) -> Idempotency | None:
    key = getattr(params, "idempotency_key", msgspec.UNSET)
    if key is msgspec.UNSET:
        return None
    return Idempotency(key, fingerprint(op.operation_id, document), op.success_status)


def dispatch(request: ApiRequest, handlers: Mapping[str, Handler], stores: Any) -> ApiResponse:
    """Answer one request; every failure becomes a problem document, never a stack trace."""
    op = OPERATIONS[request.operation_id]
    try:
        params = _parameters(op, request)
        body, document = _body(op, request)
        call = Call(request.user_id, params, body, _idempotency(op, params, document), stores)
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


def throttled(error: Exception) -> bool:
    """Whether an AWS error (read duck-typed: botocore stays out of here) says the store is throttled."""
    answer = getattr(error, "response", None)
    if not isinstance(answer, dict):
        return False
    reasons = answer.get("CancellationReasons") or []
    codes = {answer.get("Error", {}).get("Code")} | {r.get("Code") for r in reasons if isinstance(r, dict)}
    return bool(codes & THROTTLED)
