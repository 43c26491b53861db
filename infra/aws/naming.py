"""Names on AWS: every physical name carries the stage, every logical id is derived the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from handlers.edge.cors import Cors

APP = "bank"
PROTECTED_STAGES = ("prod",)  # deletion protection and retained data
# stage -> the browser origins allowed to call its API (docs/deployment.md); a stage not listed: none,
# and so no CORS header at all. Example: {"prod": ("https://app.bank.example",)}
CORS_ORIGINS: dict[str, tuple[str, ...]] = {}
_STAGE = re.compile(r"^[a-z][a-z0-9]{0,11}$")


@dataclass(frozen=True)
class Stage:
    """A deployment of the whole platform (dev, prod, a developer's own): one stack, one name prefix."""

    name: str

    def __post_init__(self) -> None:
        if not _STAGE.match(self.name):
            raise ValueError(
                f"a stage is 1-12 lowercase letters or digits, starting with a letter: {self.name!r}"
            )

    @property
    def prefix(self) -> str:
        """What every physical name starts with; the functions read it as BANK_TABLE_PREFIX."""
        return f"{APP}-{self.name}-"

    def physical(self, name: str) -> str:
        """The physical name of a resource the definitions call `name`."""
        return self.prefix + name

    @property
    def protected(self) -> bool:
        """Whether data must survive a stack deletion or a replacement."""
        return self.name in PROTECTED_STAGES

    @property
    def cors_origins(self) -> tuple[str, ...]:
        """The browser origins allowed to call the stage's API (each checked to be an origin)."""
        return Cors.parse(",".join(CORS_ORIGINS.get(self.name, ()))).origins

    @property
    def stack(self) -> str:
        """The CloudFormation stack name."""
        return f"{APP}-{self.name}"


def logical_id(name: str, kind: str = "") -> str:
    """A CloudFormation logical id: 'ledger-commands', 'Queue' -> 'LedgerCommandsQueue'."""
    words = re.split(r"[^A-Za-z0-9]+", name)
    return "".join(w[:1].upper() + w[1:] for w in words) + kind


def ref(logical: str) -> dict[str, Any]:
    """{"Ref": logical}."""
    return {"Ref": logical}


def arn(logical: str, attribute: str = "Arn") -> dict[str, Any]:
    """{"Fn::GetAtt": [logical, attribute]}."""
    return {"Fn::GetAtt": [logical, attribute]}


def table_id(logical_name: str) -> str:
    """The logical id of a table of infra/tables.py."""
    return logical_id(logical_name, "Table")


def queue_id(name: str) -> str:
    """The logical id of an SQS queue (consumer queues and DLQs alike)."""
    return logical_id(name, "Queue")


def topic_id(name: str) -> str:
    """The logical id of an SNS topic."""
    return logical_id(name, "Topic")


def topic_dlq(topic: str) -> str:
    """The queue SNS parks what it could not deliver from a topic to a subscribed queue."""
    return f"{topic}-dlq"
