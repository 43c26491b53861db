"""A response remembered under an Idempotency-Key, written in the same transaction as its effect."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Remembered:
    """A response stored under the caller's Idempotency-Key, written with the request's effect."""

    key: str
    fingerprint: str
    status: int
    body: str


class KeyTaken(Exception):
    """Another request with the same Idempotency-Key committed first."""
