"""A busy account: N deposits to one account at once, today's design beside the FIFO one, under
DynamoDB-like latencies.

Nothing in the repository modelled latencies, so the model is built in here: the ledger's store is
the in-memory fake (tests/fakes.py: DynamoDB's conditions and atomicity) behind a wrapper in which
a read takes 5 ms and a transaction 12 ms, each taking effect half way through (moto itself would
spend more CPU per transaction than the model's whole budget). Both designs run the real ledger
consumer function on the simulation's SQS model (tests/reliability/queues.py) with ten consumers:
today, a standard queue (any visible messages in a batch, one posting per transaction, a lost race
retried ten times, then the message waits out its visibility timeout); now, a FIFO queue grouped by
account (one batch of the account in flight at a time, posted in one transaction). SQS and Lambda
round trips are not modelled. The visibility timeout is scaled down (5 s stands for 180 s) so
that a failing message's five receives and the DLQ fit in the run.

Write units are billed on the exact items the DynamoDB store would send (DynamoLedgerStore's
transaction): each transactional item twice, per 1 KB, cancelled transactions included, as
tools/dynamo_meter.py bills them. Run: python -m tools.bench_hot_account
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
import random
import statistics
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any
from unittest import mock

from handlers.ledger import events as ledger
from handlers.ledger.dynamo_store import DynamoLedgerStore
from handlers.ledger.model import Entry, LedgerAccount
from handlers.ledger.store import Change, LedgerStore, Outcome
from handlers.messaging.messages import wire
from infra.bootstrap.consumers import wire as wire_consumer
from infra.functions import runtime
from infra.functions.consumers import consumer_for
from infra.local.event_source import LambdaContext, sqs_record
from infra.resources import Queue
from tests.fakes import MemoryLedgerStore
from tests.helpers import message_of
from tests.reliability.queues import SimQueue, SqsMessage
from tools.dynamo_meter import WRITE_UNIT, item_size

READ_SECONDS, TRANSACTION_SECONDS = 0.005, 0.012  # the model's DynamoDB
CONSUMERS = 10
VISIBILITY = 5.0  # seconds, standing for SQS's 180
ACCOUNT = "acc_" + "b" * 32


class ModelStore(LedgerStore):
    """The ledger's store as the model sees DynamoDB."""

    def __init__(self) -> None:
        self.memory, self.lock, self.billing = MemoryLedgerStore(), threading.Lock(), threading.Lock()
        self.items = DynamoLedgerStore(client=None)  # what the DynamoDB store would send
        self.write_units, self.transactions = 0, 0

    def _call(self, seconds: float, act: Any, meanwhile: Any = None) -> Any:
        """A call of `seconds` whose effect takes place half way through (a late wake-up of the first
        sleep, and the model's own bookkeeping, are taken off the second)."""
        start = time.perf_counter()
        time.sleep(seconds / 2)
        with self.lock:
            done = act()
        if meanwhile:
            meanwhile()
        time.sleep(max(0.0, start + seconds - time.perf_counter()))
        return done

    def state(self, account_id: str) -> LedgerAccount | None:
        """A consistent read."""
        return self._call(READ_SECONDS, lambda: self.memory.state(account_id))  # type: ignore[no-any-return]

    def journal(self, account_id: str) -> list[Entry]:
        """The journal (not used by the consumer)."""
        return self.memory.journal(account_id)

    def apply(self, change: Change) -> Outcome:
        """One message's transaction."""
        return self.apply_together([change])

    def apply_together(self, changes: Sequence[Change]) -> Outcome:
        """One transaction, billed whether it commits or not."""
        applied = self._call(
            TRANSACTION_SECONDS, lambda: self.memory.apply_together(changes), lambda: self.bill(changes)
        )
        return applied  # type: ignore[no-any-return]

    def bill(self, changes: Sequence[Change]) -> None:
        """The write units of the transaction the DynamoDB store would send for these changes."""
        units = 0
        for entry in self.items.transaction(changes):
            ((_, op),) = entry.items()  # a Put's item; a ConditionCheck's is the small state item
            units += 2 * max(1, math.ceil(item_size(op.get("Item")) / WRITE_UNIT))
        with self.billing:
            self.write_units += units
            self.transactions += 1


def deposit(n: int) -> str:
    """The n-th Deposit of the hot account, as banking sends it."""
    op = f"op_{n:032x}"
    data = {"operationId": op, "accountId": ACCOUNT, "userId": "merchant", "amount": Decimal("1.00")}
    data |= {"currency": "EUR", "requestedAt": "2026-01-01T00:00:00.000Z"}
    return wire(message_of("Deposit", ACCOUNT, op, data))


@contextlib.contextmanager
def ledger_on_model() -> Iterator[ModelStore]:
    """The ledger's consumer functions wired on a fresh model store."""
    store = ModelStore()
    consumer = wire_consumer("ledger", ledger.SUBSCRIPTIONS, store)
    with mock.patch.object(runtime, "consumer", lambda service: consumer):
        yield store


class Consumers:
    """Ten Lambda execution environments of the ledger's consumer polling one queue."""

    def __init__(self, queue: SimQueue, total: int) -> None:
        self.queue, self.total = queue, total
        self.rng = random.Random(7)  # noqa: S311  (which messages a receive returns)
        self.changed = threading.Condition()  # a batch was settled: its group may go on
        self.handled, self.failures = 0, 0
        self.failed_ids: set[str] = set()
        self.delivered: set[str] = set()  # messages whose first delivery is over
        self.started = time.perf_counter()
        self.first_pass = (0.0, 0)  # when every message had had a delivery, and how many were posted by then

    def invoke(self, function: Any, batch: list[SqsMessage]) -> set[str]:
        """The function on one batch; the ids it reported failed."""
        group = {"MessageGroupId": ACCOUNT} if self.queue.queue.fifo else {}
        records = [
            sqs_record(
                {
                    "MessageId": m.message_id,
                    "ReceiptHandle": m.receipt,
                    "Body": m.body,
                    "Attributes": {"ApproximateReceiveCount": str(m.receive_count)} | group,
                },
                "arn:aws:sqs:us-east-1:123456789012:ledger-commands",
                "us-east-1",
            )
            for m in batch
        ]
        answer = function({"Records": records}, LambdaContext("ledger-consumer", str(uuid.uuid4())))
        return {f["itemIdentifier"] for f in answer["batchItemFailures"]}

    def run(self) -> None:
        """One environment: receive, invoke, delete what it handled, until every message is settled."""
        function = consumer_for("ledger")
        while self.handled + len(self.queue.dlq) < self.total:
            with self.changed:
                batch = self.queue.receive(self.rng, self.queue.queue.batch_size)
                if not batch:
                    self.changed.wait(0.05)  # or until a message's visibility timeout ends
                    continue
            failed = self.invoke(function, batch)
            with self.changed:
                self.changed.notify_all()
                for message in batch:
                    if message.message_id in failed:
                        self.failures += 1
                        self.failed_ids.add(message.message_id)
                    elif self.queue.delete(message):
                        self.handled += 1
                    self.delivered.add(message.message_id)
                if len(self.delivered) == self.total and not self.first_pass[0]:
                    self.first_pass = (time.perf_counter() - self.started, self.handled)


def one_run(fifo: bool, total: int) -> dict[str, float]:
    """`total` deposits to one account, all queued at once, consumed until each is posted or parked."""
    with ledger_on_model() as store:
        queue = SimQueue(Queue("ledger-commands", "ledger", fifo=fifo), time.monotonic, VISIBILITY)
        for n in range(total):
            queue.send(deposit(n), ACCOUNT if fifo else None)
        consumers = Consumers(queue, total)
        threads = [threading.Thread(target=consumers.run) for _ in range(CONSUMERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    seconds, posted = consumers.first_pass
    return {
        "postings_per_second": posted / seconds,
        "failed_messages_pct": 100 * len(consumers.failed_ids) / total,
        "failed_deliveries": consumers.failures,
        "parked": len(queue.dlq),
        "write_units_per_deposit": store.write_units / total,
        "transactions_per_deposit": store.transactions / total,
    }


def run(repetitions: int = 3, total: int = 400) -> dict[str, Any]:
    """Both designs, alternately, several times; the median of each figure."""
    logging.disable(logging.CRITICAL)  # the consumers log every message and every failure
    runs: dict[str, list[dict[str, float]]] = {"standard": [], "fifo": []}
    with contextlib.redirect_stdout(io.StringIO()):
        for _ in range(repetitions):
            for design in runs:
                runs[design].append(one_run(design == "fifo", total))
    logging.disable(logging.NOTSET)
    medians = {d: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for d, rs in runs.items()}
    ratio = medians["fifo"]["postings_per_second"] / medians["standard"]["postings_per_second"]
    return {"runs": runs, "medians": medians, "ratio": ratio, "deposits": total, "repetitions": repetitions}


def main() -> None:
    """Print the figures."""
    figures = run()
    for design, m in figures["medians"].items():
        print(
            f"{design:8} {m['postings_per_second']:6.0f} postings/s  "
            f"{m['failed_messages_pct']:5.1f} % failed a delivery  {m['parked']:3.0f} parked  "
            f"{m['write_units_per_deposit']:5.1f} WU/deposit  "
            f"{m['transactions_per_deposit']:.2f} transactions/deposit"
        )
    print(
        f"ratio {figures['ratio']:.1f}x, {figures['deposits']} deposits, median of {figures['repetitions']}"
    )


if __name__ == "__main__":
    main()
