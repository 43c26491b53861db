"""The one table from an error's code to its HTTP status covers every named error."""

from __future__ import annotations

from handlers.core import errors
from handlers.core.errors import BankError
from handlers.edge import problems
from handlers.edge.problems import PROBLEMS, problem


def named_errors() -> list[type[BankError]]:
    """BankError and every subclass the core and the edge define."""
    found, todo = [], [BankError]
    while todo:
        error = todo.pop()
        found.append(error)
        todo += error.__subclasses__()
    return [e for e in found if e.__module__ in (errors.__name__, problems.__name__)]


def test_every_error_code_has_a_status_and_a_title() -> None:
    named = named_errors()
    assert len(named) == 14
    for error in named:
        document = problem(error("detail")).body
        assert (document["status"], document["title"]) == PROBLEMS[error.code], error
        assert document["code"] == error.code


def test_no_two_errors_share_a_code_and_no_code_is_unused() -> None:
    codes = [e.code for e in named_errors()]
    assert sorted(codes) == sorted(set(codes)) == sorted(PROBLEMS)
