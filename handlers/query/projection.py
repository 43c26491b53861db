"""Which table holds the query projection: a pointer item, so a rebuilt copy replaces it live.

The projection lives in one of two tables, `query` (blue) and `query-green`. The pointer item in
`query-projection` names the `active` one, which readers read, and, while a rebuild runs, the one
`building`; writers write both, so nothing that arrives during a rebuild is missed (every write is
guarded, so writing twice is harmless). Without a pointer item the projection is `query` alone.

Each process reads the pointer at most once per BANK_PROJECTION_CACHE_SECONDS; a rebuild waits
longer than that after each move of the pointer, so no process acts on a pointer two moves old.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from handlers.storage import dynamo

BLUE, GREEN = "query", "query-green"
POINTER_TABLE = "query-projection"
POINTER_KEY = {"id": "query"}
CACHE_SECONDS = 5.0


def cache_seconds() -> float:
    """How long a process trusts the pointer it read (BANK_PROJECTION_CACHE_SECONDS, default 5)."""
    return float(os.environ.get("BANK_PROJECTION_CACHE_SECONDS", CACHE_SECONDS))


def other(table: str) -> str:
    """The projection table that is not `table`."""
    return GREEN if table == BLUE else BLUE


@dataclass(frozen=True)
class Pointer:
    """Where readers read (`active`) and, during a rebuild, the other table writers also write."""

    active: str = BLUE
    building: str | None = None

    @property
    def writes(self) -> tuple[str, ...]:
        """The tables every projection write goes to."""
        return (self.active,) if self.building is None else (self.active, self.building)


def read_pointer(client: Any) -> tuple[Pointer, dict[str, Any]]:
    """The pointer (a strongly consistent read: never one move behind) and its whole item ({} when
    none was ever written)."""
    values = dynamo.get(client, dynamo.table_name(POINTER_TABLE), POINTER_KEY) or {}
    return Pointer(values.get("active", BLUE), values.get("building")), values


class Projection:
    """The pointer as one process sees it: read again once it is older than the cache time."""

    def __init__(self, client: Any, clock: Callable[[], float] = time.monotonic) -> None:
        self.client, self.clock = client, clock
        self.seconds = cache_seconds()
        self._cached: tuple[Pointer, float] | None = None

    def pointer(self) -> Pointer:
        """The pointer, read from DynamoDB at most once per cache time. No lock is held around the
        read (threads that find it stale at once each read it: harmless), so a read that lets
        another request run first, as the soak's scheduler does, can never wait on itself."""
        now, cached = self.clock(), self._cached
        if cached is None or now - cached[1] >= self.seconds:
            cached = self._cached = (read_pointer(self.client)[0], now)
        return cached[0]


class Fixed(Projection):
    """One table, no pointer: a projection rebuilt into a table of its own, or a test's."""

    def __init__(self, table: str) -> None:
        self._fixed = Pointer(table)

    def pointer(self) -> Pointer:
        """Always the one table."""
        return self._fixed
