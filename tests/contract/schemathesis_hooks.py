"""A generation aid of the contract campaign (loaded through its `hooks` setting). It drops no
failure and switches no check off: the stock run from the repository root
(tests/contract/test_stock_schemathesis.py) uses no hook at all.

The contract steps amounts by 0.0001 for every currency, so a generated amount is mostly finer than
the account's currency allows and refused (422), and the stateful phase would seldom get an
operation to follow. Each money movement is therefore sent as generated or with its amount made
whole: a whole amount within the contract's bounds fits every currency, and an amount out of the
bounds is left as it is, so valid cases stay valid and invalid ones invalid.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import schemathesis
from hypothesis import strategies as st

LOWEST, HIGHEST = Decimal("0.0001"), Decimal(1000000)


@schemathesis.hook("flatmap_body").apply_to(operation_id=["deposit", "withdraw", "transfer"])
def whole_amounts_too(context: Any, body: Any) -> Any:
    """The body as generated, or with its amount made whole."""
    amount = body.get("amount") if isinstance(body, dict) else None
    if isinstance(amount, bool) or not isinstance(amount, int | float | Decimal):
        return st.just(body)
    if not LOWEST <= Decimal(str(amount)) <= HIGHEST:
        return st.just(body)
    return st.sampled_from([body, {**body, "amount": max(1, int(amount))}])
