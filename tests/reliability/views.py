"""The checker's second half: what the API shows of an account agrees with the ledger."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.reliability.sim import SimBank

# how the history shows each kind of journal entry: its type and direction
SHOWN_AS = {
    "deposit": ("deposit", "credit"),
    "withdraw": ("withdraw", "debit"),
    "transfer_out": ("transfer", "debit"),
    "transfer_in": ("transfer", "credit"),
}


def history_rows(bank: SimBank, user: str, account: str) -> list[dict[str, Any]]:
    """Every row of the account's history through the API, following the cursors."""
    rows: list[dict[str, Any]] = []
    cursor: dict[str, str] = {}
    while True:
        page = bank.api("getTransactions", user, account_id=account, limit="7", **cursor).body
        rows += page["transactions"]
        if not page.get("nextCursor"):
            return rows
        cursor = {"cursor": page["nextCursor"]}


def check_views(bank: SimBank, account: str, user: str) -> list[str]:
    """Account status everywhere, balances, history rows and the listing, against the ledger."""
    status = bank.api("getAccount", user, account_id=account).body["status"]
    return check_status(bank, account, user, status) + check_shown(bank, account, user, status)


def check_status(bank: SimBank, account: str, user: str, status: str) -> list[str]:
    """The accounts service, banking's projection and the ledger agree; closed means empty."""
    found: list[str] = []
    state, journal = bank.plain_stores.ledger.state(account), bank.plain_stores.ledger.journal(account)
    ledger_balance = state.balance if state else Decimal(0)
    noted = bank.plain_stores.accounts.get(user, account)
    projected = bank.plain_stores.banking.get_account(user, account)
    if state is None or state.status != status or projected is None or projected.status != status:
        found.append(f"{account}: accounts says {status}, ledger {state}, banking {projected}")
    if noted is None or (noted.balance, noted.ledger_sequence) != (ledger_balance, len(journal)):
        found.append(
            f"{account}: accounts noted {noted}, the ledger holds {ledger_balance} after {len(journal)}"
        )
    if status == "closed" and ledger_balance != 0:
        found.append(f"{account}: closed while holding {ledger_balance}")
    return found


def check_shown(bank: SimBank, account: str, user: str, status: str) -> list[str]:
    """The query service's balance, history (balance-after included) and listing equal the ledger."""
    found: list[str] = []
    state, journal = bank.plain_stores.ledger.state(account), bank.plain_stores.ledger.journal(account)
    ledger_balance = state.balance if state else Decimal(0)
    balance = bank.api("getBalance", user, account_id=account).body
    if balance.get("balance") != ledger_balance:
        found.append(f"{account}: balance shows {balance}, the ledger holds {ledger_balance}")
    rows = [
        (
            r["id"],
            r["type"],
            r["direction"],
            r["amount"],
            r["balance"],
            r["sequence"],
            r["counterpartyAccountId"],
        )
        for r in history_rows(bank, user, account)
    ]
    entries = [
        (e.operation_id, *SHOWN_AS[e.type], e.amount, e.balance_after, e.sequence, e.counterparty)
        for e in reversed(journal)
    ]
    if rows != entries:
        found.append(f"{account}: history shows {rows}, the journal holds {entries}")
    listed = {b["accountId"]: b["balance"] for b in bank.api("listBalances", user).body}
    if (account in listed) != (status == "active") or listed.get(account, ledger_balance) != ledger_balance:
        found.append(f"{account} ({status}) listed as {listed.get(account)}")
    return found


def check_listings(bank: SimBank) -> list[str]:
    """Each user's lists hold exactly that user's accounts: nobody is shown anyone else's."""
    found: list[str] = []
    for client in bank.clients:
        own = set(bank.history.accounts_of(client.user))
        accounts = {a["accountId"] for a in bank.api("listAccounts", client.user).body}
        balances = {b["accountId"] for b in bank.api("listBalances", client.user).body}
        if accounts != own or not balances <= own:
            strangers = (accounts | balances) - own
            found.append(f"{client.user} was shown {sorted(strangers)}, and not {sorted(own - accounts)}")
    return found
