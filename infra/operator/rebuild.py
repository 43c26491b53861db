"""Rebuild the query projection from the truth, into the table readers do not read, then move them.

The projection lives in `query` or `query-green`; the pointer (handlers/query/projection.py) names
the active one. A rebuild runs in phases the pointer records, so an interrupted run is resumed by
running it again:

1. **start**: empty the other table (nothing reads or writes it), then point writers at both
   tables (`building`) and wait until every process has read that; from then on every event the
   query consumer handles lands in both.
2. **filling**: replay into the new table, through the query service's own store: every account
   of the accounts table (its opening, then its status and version), then every journal entry of
   the ledger as a history row and balance, one account's journal at a time (a Query). Each
   write is guarded like the consumer's (rows put if absent, balances only to a higher sequence,
   statuses only to a higher version), so events arriving meanwhile, or a page replayed twice
   after an interruption, converge on the same items. The scan position is saved in the pointer
   after each page.
3. **verify**: reconcile the new table against the ledger; on a drift the readers stay where they
   are and the run exits 1 (writers keep writing both tables; running it again replays again,
   which puts back what is missing, and verifies again).
4. **switch**: readers move to the new table while writers still write both (`draining`); once
   every process has read that, the old table is left out of the writes and stays as it is until
   the next rebuild empties it.

The API answers throughout: readers read the old table until the switch, the new one after it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from handlers.core.jsonio import timestamp
from handlers.ledger.dynamo_store import ENTRY, STATE, account_pk, exact
from handlers.query.dynamo_store import DynamoQueryStore
from handlers.query.model import Opening, Posting, StatusChange
from handlers.query.projection import POINTER_KEY, POINTER_TABLE, Fixed, cache_seconds, other, read_pointer
from handlers.storage import dynamo
from infra.operator.reading import Reader
from infra.operator.reconcile import SETTLE_SECONDS, SHOWN_AS, WORKERS, Report, reconcile

FILLING, DRAINING = "filling", "draining"
ACCOUNTS_STAGE, LEDGER_STAGE, REPLAYED = "accounts", "ledger", "replayed"


class Interrupted(Exception):
    """Another rebuild moved the pointer under this one."""


@dataclass
class Rebuilt:
    """What a rebuild did."""

    source: str = ""
    target: str = ""
    resumed: bool = False
    emptied: int = 0
    accounts: int = 0
    entries: int = 0
    verified: Report | None = None
    switched: bool = False
    read_units: float = 0.0
    seconds: float = 0.0
    phases: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: what was replayed where, and whether readers moved."""
        drifts = len(self.verified.drifts) if self.verified else 0
        outcome = (
            f"readers moved from {self.source} to {self.target}"
            if self.switched
            else f"{drifts} drift(s) in {self.target}: readers stay on {self.source}"
        )
        resumed = " (resumed)" if self.resumed else ""
        return (
            f"rebuilt {self.target}{resumed} from {self.accounts} accounts and {self.entries} journal "
            f"entries ({self.emptied} old items removed first): {outcome}; "
            f"{self.read_units:g} read units, {self.seconds:.1f} s"
        )

    def as_json(self) -> dict[str, Any]:
        """The result for machines."""
        return {
            "source": self.source,
            "target": self.target,
            "resumed": self.resumed,
            "emptied": self.emptied,
            "accounts": self.accounts,
            "entries": self.entries,
            "switched": self.switched,
            "drifts": [vars(d) for d in self.verified.drifts] if self.verified else [],
            "readUnits": self.read_units,
            "seconds": round(self.seconds, 3),
        }


def move_pointer(client: Any, before: dict[str, Any], **after: Any) -> dict[str, Any]:
    """Write the pointer as `after`, if it is still `before` (no other rebuild moved it)."""
    item = {**POINTER_KEY, **{k: v for k, v in after.items() if v is not None}}
    condition = (
        {"ConditionExpression": "attribute_not_exists(id)"}
        if not before
        else {
            "ConditionExpression": "moves = :moves",
            "ExpressionAttributeValues": dynamo.values(moves=before["moves"]),
        }
    )
    item["moves"] = int(before.get("moves", 0)) + 1
    try:
        client.put_item(TableName=dynamo.table_name(POINTER_TABLE), Item=dynamo.to_item(item), **condition)
    except client.exceptions.ConditionalCheckFailedException:
        raise Interrupted("another rebuild moved the projection's pointer; run it again") from None
    return item


def empty(client: Any, reader: Reader, table: str) -> int:
    """Delete every item of `table`, a page at a time; the number deleted."""
    deleted = 0
    for page in reader.pages(table, "scan", {"ProjectionExpression": "pk, sk"}):
        for start in range(0, len(page), 25):
            keys = page[start : start + 25]
            requests = [{"DeleteRequest": {"Key": dynamo.to_item(k)}} for k in keys]
            pending = {dynamo.table_name(table): requests}
            while pending:
                pending = client.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}
                if pending:
                    time.sleep(0.05)
            deleted += len(keys)
    return deleted


def opening_of(item: dict[str, Any]) -> tuple[Opening, StatusChange]:
    """An account item of the accounts service as the query projection takes it from events."""
    account, user = str(item["accountId"]), str(item["userId"])
    return (
        Opening(account, user, item["name"], item["currency"], timestamp(item["createdAt"]), 1),
        StatusChange(account, user, item["status"], dynamo.as_int(item["version"])),
    )


def posting_of(user: str, entry: dict[str, Any]) -> Posting:
    """A journal entry as the history row its posting event makes."""
    kind, direction = SHOWN_AS[entry["type"]]
    currency = entry["currency"]
    return Posting(
        operation_id=entry["operationId"],
        account_id=entry["accountId"],
        user_id=user,
        type=kind,
        amount=exact(entry["amount"], currency),
        balance=exact(entry["balanceAfter"], currency),
        currency=currency,
        sequence=dynamo.as_int(entry["sequence"]),
        posted_at=timestamp(entry["postedAt"]),
        direction=direction,
        counterparty=entry.get("counterparty"),
        note=entry.get("description") or None,
    )


Page = list[dict[str, Any]]


def scan_from(
    reader: Reader, table: str, start: str | None, **request: Any
) -> Iterator[tuple[Page, str | None]]:
    """The pages of a Scan from a saved position, each with the position after it (None: the end)."""
    if start:
        request["ExclusiveStartKey"] = json.loads(start)
    if "values" in request:
        request["ExpressionAttributeValues"] = dynamo.values(**request.pop("values"))
    for items, after in reader.positioned(table, "scan", request):
        yield items, None if after is None else json.dumps(after)


def replay(
    client: Any,
    reader: Reader,
    target: str,
    pointer: dict[str, Any],
    done: Rebuilt,
    tell: Callable[[Rebuilt], None],
) -> dict[str, Any]:
    """Replay the accounts, then the ledger's journals, into `target` from the saved position."""
    store = DynamoQueryStore(client, Fixed(target))
    stage, position = pointer.get("stage", ACCOUNTS_STAGE), pointer.get("position")
    if stage == ACCOUNTS_STAGE:
        pages = scan_from(
            reader, "accounts", position, FilterExpression="begins_with(sk, :a)", values={"a": "ACCOUNT#"}
        )
        for items, position in pages:
            for item in items:
                opening, status = opening_of(item)
                store.record_opening(opening)
                store.record_status(status)
                done.accounts += 1
            stage = ACCOUNTS_STAGE if position else LEDGER_STAGE
            pointer = move_pointer(client, pointer, **kept(pointer), stage=stage, position=position)
            tell(done)
    if stage == LEDGER_STAGE:
        states = scan_from(reader, "ledger", position, FilterExpression="sk = :s", values={"s": STATE})
        for items, position in states:
            for state in items:
                journal = reader.partition("ledger", account_pk(str(state["accountId"])), ENTRY)
                for entry in journal:
                    store.record_posting(posting_of(str(state["userId"]), entry))
                    done.entries += 1
            stage = LEDGER_STAGE if position else REPLAYED
            pointer = move_pointer(client, pointer, **kept(pointer), stage=stage, position=position)
            tell(done)
    return pointer


def kept(pointer: dict[str, Any]) -> dict[str, Any]:
    """The pointer's placement fields, to write again with a new position."""
    return {"active": pointer["active"], "building": pointer["building"], "phase": pointer["phase"]}


def rebuild(
    client: Any,
    tell: Callable[[Rebuilt], None] = lambda _: None,
    settle: float = SETTLE_SECONDS,
    workers: int = WORKERS,
    pause: Callable[[float], None] = time.sleep,
) -> Rebuilt:
    """Rebuild the query projection in the other table and move readers to it, or resume a rebuild
    left halfway. Every process is given twice its pointer cache time to notice each move."""
    started, reader = time.monotonic(), Reader(client)
    wait = 2 * cache_seconds() + 0.5
    current, pointer = read_pointer(client)
    done = Rebuilt(source=current.active, resumed=current.building is not None)
    if current.building is None:
        done.target = other(current.active)
        done.phases.append("emptied")
        done.emptied = empty(client, reader, done.target)
        pointer = move_pointer(
            client, pointer, active=current.active, building=done.target, phase=FILLING, stage=ACCOUNTS_STAGE
        )
        pause(wait)  # every writer now writes both tables
    if pointer["phase"] == FILLING:
        done.source, done.target = pointer["active"], pointer["building"]
        done.phases.append("filled")
        pointer = replay(client, reader, done.target, pointer, done, tell)
        done.verified = reconcile(client, settle, workers=workers, query=done.target)
        done.phases.append("verified")
        if done.verified.drifts:  # readers stay; the next run replays from the start, then verifies
            move_pointer(client, pointer, **kept(pointer), stage=ACCOUNTS_STAGE)
            return finished(done, reader, started)
        pointer = move_pointer(client, pointer, active=done.target, building=done.source, phase=DRAINING)
        pause(wait)  # every reader now reads the new table, every writer still writes both
    if pointer["phase"] == DRAINING:
        done.source, done.target = pointer["building"], pointer["active"]
        move_pointer(client, pointer, active=done.target)
        done.switched = True
        done.phases.append("switched")
    return finished(done, reader, started)


def finished(done: Rebuilt, reader: Reader, started: float) -> Rebuilt:
    """The result with its cost and time."""
    done.read_units = reader.read_units + (done.verified.read_units if done.verified else 0.0)
    done.seconds = time.monotonic() - started
    return done
