"""Binding a service's handlers to its own store: what the composition root does for every table."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

InputT = TypeVar("InputT")
StoreT = TypeVar("StoreT")
ResultT = TypeVar("ResultT")


def bind(
    table: Mapping[str, Callable[[InputT, StoreT], ResultT]], store: StoreT
) -> dict[str, Callable[[InputT], ResultT]]:
    """A service's table of handlers, each handed that service's store and nothing else."""

    def bound(handler: Callable[[InputT, StoreT], ResultT]) -> Callable[[InputT], ResultT]:
        return lambda given: handler(given, store)

    return {name: bound(handler) for name, handler in table.items()}
