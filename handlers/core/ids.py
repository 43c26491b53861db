"""Ids the platform makes: a prefix, an underscore and 32 lowercase hex digits (128 random bits)."""

from __future__ import annotations

import uuid


def new_id(prefix: str) -> str:
    """A fresh id: prefix, underscore, 32 lowercase hex digits."""
    return f"{prefix}_{uuid.uuid4().hex}"
