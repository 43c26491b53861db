"""A busy account: N deposits to one account at once, today's design beside the FIFO one, under
DynamoDB-like latencies.

Nothing in the repository modelled latencies, so the model is built in here. The ledger's store is
the in-memory fake (tests/fakes.py: DynamoDB's conditions and atomicity) behind a wrapper in which
a read takes 5 ms and a transaction 12 ms, each taking effect half way through. Both designs run
the real ledger consumer function on the simulation's SQS model (tests/reliability/queues.py) with
ten consumers, each a Lambda execution environment with its own CPU: today, a standard queue (any
visible messages in a batch, one posting per transaction, a lost race retried ten times, then the
message waits out its visibility timeout); now, a FIFO queue grouped by account (one batch of the
account in flight at a time, posted in one transaction). SQS and Lambda round trips are left out.

Time is the model's, not the wall clock's: the consumers run one at a time on a virtual clock that
adds each one's own CPU time (measured) to the latencies it waits, so a busy machine slows the run
but does not change the figures. The visibility timeout is the real 180 s; the clock skips the wait.

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
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any
from unittest import mock

from handlers.ledger import events as ledger
from handlers.ledger.dynamo_store import DynamoLedgerStore
from handlers.ledger.model import Entry, LedgerAccount
from handlers.ledger.store import Change, LedgerStore, Outcome
from handlers.messaging.messages import Message, wire
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
POLL_SECONDS = 0.001  # how soon an idle consumer asks the queue again
ACCOUNT = "acc_" + "b" * 32


class VirtualClock:
    """One thread runs at a time; a thread that waits is woken at its own time (the clock's time
    when it last woke, plus the CPU it used since, plus what it waits), earliest first."""

    def __init__(self, threads: int) -> None:
        self.now, self.expected = 0.0, threads
        self.turn = threading.Condition()
        self.wakes: dict[int, float] = {}  # waiting thread -> when it wakes
        self.running: int | None = None
        self.cpu_at_wake = 0.0

    def _next(self) -> None:
        """Hand the turn to the earliest waiting thread (the caller holds `turn`)."""
        if self.wakes and self.running is None:
            ident = min(self.wakes, key=lambda i: (self.wakes[i], i))
            self.now = max(self.now, self.wakes.pop(ident))
            self.running = ident
            self.turn.notify_all()

    def _wait_turn(self, ident: int) -> None:
        while self.running != ident:
            self.turn.wait()
        self.cpu_at_wake = time.thread_time()

    def enter(self) -> None:
        """Join the run; the first turn goes out once every thread has joined."""
        with self.turn:
            self.wakes[threading.get_ident()] = self.now
            self.expected -= 1
            if self.expected == 0:
                self._next()
            self._wait_turn(threading.get_ident())

    def sleep(self, seconds: float) -> None:
        """Wait `seconds` of model time (after the CPU this thread used since it woke)."""
        ident = threading.get_ident()
        with self.turn:
            self.wakes[ident] = self.now + (time.thread_time() - self.cpu_at_wake) + seconds
            self.running = None
            self._next()
            self._wait_turn(ident)

    @contextlib.contextmanager
    def uncounted(self) -> Iterator[None]:
        """Work that is not the model's to time (SQS's and the event source's, done here in Python)."""
        started = time.thread_time()
        yield
        self.cpu_at_wake += time.thread_time() - started

    def leave(self) -> None:
        """Leave the run for good."""
        with self.turn:
            self.running = None
            self._next()


class ModelStore(LedgerStore):
    """The ledger's store as the model sees DynamoDB."""

    def __init__(self, clock: VirtualClock) -> None:
        self.memory, self.clock = MemoryLedgerStore(), clock
        self.items = DynamoLedgerStore(client=None)  # what the DynamoDB store would send
        self.write_units, self.transactions = 0, 0

    def _call(self, seconds: float, act: Callable[[], Any]) -> Any:
        """A call of `seconds` whose effect takes place half way through."""
        time.sleep(seconds / 2)
        done = act()
        time.sleep(seconds / 2)
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
        """One transaction (built as the DynamoDB store builds it), billed whether it commits or not."""
        items = self.items.transaction(changes)
        with self.clock.uncounted():  # the meter's work, not the function's
            for entry in items:
                ((_, op),) = entry.items()  # a Put's item; a ConditionCheck's is the small state item
                self.write_units += 2 * max(1, math.ceil(item_size(op.get("Item")) / WRITE_UNIT))
            self.transactions += 1
        return self._call(TRANSACTION_SECONDS, lambda: self.memory.apply_together(changes))  # type: ignore[no-any-return]

    def forbid(self, command_id: str, refusal: Message[Any]) -> bool:
        """The watchdog's cancel (not used by the benchmark)."""
        return self.memory.forbid(command_id, refusal)

    def posting(self, account_id: str, operation_id: str, not_before: str) -> Entry | None:
        """A posting looked for (not used by the benchmark)."""
        return self.memory.posting(account_id, operation_id, not_before)

    def publish(self, event: Message[Any]) -> None:
        """An answer given again (not used by the benchmark)."""
        self.memory.publish(event)


def deposit(n: int) -> str:
    """The n-th Deposit of the hot account, as banking sends it."""
    op = f"op_{n:032x}"
    data = {"operationId": op, "accountId": ACCOUNT, "userId": "merchant", "amount": Decimal("1.00")}
    data |= {"currency": "EUR", "requestedAt": "2026-01-01T00:00:00.000Z"}
    return wire(message_of("Deposit", ACCOUNT, op, data))


@contextlib.contextmanager
def ledger_on_model(clock: VirtualClock) -> Iterator[ModelStore]:
    """The ledger's consumer functions wired on a fresh model store, waiting on the model's clock."""
    store = ModelStore(clock)
    consumer = wire_consumer("ledger", ledger.SUBSCRIPTIONS, store)
    with (
        mock.patch.object(runtime, "consumer", lambda service: consumer),
        mock.patch("time.sleep", clock.sleep),  # the store's latencies and the handlers' back-offs
    ):
        yield store


class Consumers:
    """Ten Lambda execution environments of the ledger's consumer polling one queue."""

    def __init__(self, queue: SimQueue, total: int, clock: VirtualClock) -> None:
        self.queue, self.total, self.clock = queue, total, clock
        self.rng = random.Random(7)  # noqa: S311  (which messages a receive returns)
        self.handled, self.failures = 0, 0
        self.failed_ids: set[str] = set()
        self.delivered: set[str] = set()  # messages whose first delivery is over
        self.first_pass = (0.0, 0)  # when every message had had a delivery, and how many were posted by then

    def event(self, batch: list[SqsMessage]) -> dict[str, Any]:
        """A batch as Lambda's event source hands it to the function."""
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
        return {"Records": records}

    def settle(self, batch: list[SqsMessage], failed: set[str]) -> None:
        """Delete what the function handled; note what failed."""
        for message in batch:
            if message.message_id in failed:
                self.failures += 1
                self.failed_ids.add(message.message_id)
            elif self.queue.delete(message):
                self.handled += 1
            self.delivered.add(message.message_id)
        if len(self.delivered) == self.total and not self.first_pass[0]:
            self.first_pass = (self.clock.now, self.handled)

    def run(self) -> None:
        """One environment: receive, invoke, delete what it handled, until every message is settled."""
        function = consumer_for("ledger")
        self.clock.enter()
        try:
            while self.handled + len(self.queue.dlq) < self.total:
                with self.clock.uncounted():
                    batch = self.queue.receive(self.rng, self.queue.queue.batch_size)
                    event = self.event(batch)
                if batch:
                    answer = function(event, LambdaContext("ledger-consumer", str(uuid.uuid4())))
                    with self.clock.uncounted():
                        self.settle(batch, {f["itemIdentifier"] for f in answer["batchItemFailures"]})
                else:  # ask again soon, or when the next hidden message comes back
                    later = (self.queue.next_visible() or self.clock.now) - self.clock.now
                    self.clock.sleep(max(POLL_SECONDS, later))
        finally:
            self.clock.leave()


def one_run(fifo: bool, total: int) -> dict[str, float]:
    """`total` deposits to one account, all queued at once, consumed until each is posted or parked."""
    clock = VirtualClock(CONSUMERS)
    definition = Queue("ledger-commands", "ledger", fifo=fifo)
    queue = SimQueue(definition, lambda: clock.now, definition.visibility_timeout)
    for n in range(total):
        queue.send(deposit(n), ACCOUNT if fifo else None)
    consumers = Consumers(queue, total, clock)
    with ledger_on_model(clock) as store:
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


def run(repetitions: int = 3, total: int = 500) -> dict[str, Any]:
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
        f"ratio {figures['ratio']:.1f}x; {figures['deposits']} deposits, median of {figures['repetitions']}"
    )


if __name__ == "__main__":
    main()
