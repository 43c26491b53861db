"""The query projection's pointer as one process holds it: read at most once per cache time, and
never behind a lock held across the read (the soak's scheduler, like any preemption, may run
another request on the same thread in the middle of that read)."""

from __future__ import annotations

from typing import Any

import pytest

from handlers.query.projection import GREEN, Pointer, Projection


class Engine:
    """A DynamoDB client holding the pointer item; `during` runs inside each read."""

    def __init__(self) -> None:
        self.reads = 0
        self.during: Any = None
        self.exceptions = None

    def get_item(self, **_: Any) -> dict[str, Any]:
        self.reads += 1
        if self.during is not None:
            during, self.during = self.during, None
            during()
        return {"Item": {"id": {"S": "query"}, "active": {"S": GREEN}}}


def test_the_pointer_is_read_once_per_cache_time() -> None:
    engine, now = Engine(), [0.0]
    projection = Projection(engine, clock=lambda: now[0])
    projection.seconds = 5
    assert [projection.pointer() for _ in range(3)] == [Pointer(GREEN)] * 3 and engine.reads == 1
    now[0] = 4.9
    projection.pointer()
    assert engine.reads == 1
    now[0] = 5.0
    projection.pointer()
    assert engine.reads == 2


@pytest.mark.timeout(10)  # a lock held across the read would wait on itself forever
def test_a_request_run_in_the_middle_of_a_pointer_read_gets_the_pointer_too() -> None:
    engine = Engine()
    projection = Projection(engine, clock=lambda: 0.0)
    projection.seconds = 0  # every call reads
    inner: list[Pointer] = []
    engine.during = lambda: inner.append(projection.pointer())  # would wait forever on a held lock
    assert projection.pointer() == Pointer(GREEN) and inner == [Pointer(GREEN)]
