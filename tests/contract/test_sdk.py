"""The generated client package: in step with the contract, installable, and exact with money."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from digital_banking_client import AuthenticatedClient, decimal_json
from digital_banking_client.api.banking import deposit
from digital_banking_client.api.query import get_balance
from digital_banking_client.models import Balance, MoneyMovementRequest, Operation

from tools import sdk
from tools.spec_model import load_yaml

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = "acc_" + "0f8fad5bd9cb469fa16570867728950e"
WHEN = "2026-01-15T09:30:00.000Z"


def files(root: Path) -> dict[str, bytes]:
    """Every file under root but what git ignores there (byte code, an editable install's egg-info)."""
    ignored = ("__pycache__", ".egg-info", ".pyc")
    found = [p for p in sorted(root.rglob("*")) if p.is_file()]
    return {str(p.relative_to(root)): p.read_bytes() for p in found if not any(i in str(p) for i in ignored)}


def test_generated_sdk_is_what_the_contract_produces(tmp_path: Path) -> None:
    sdk.main(tmp_path / "sdk")
    fresh, committed = files(tmp_path / "sdk"), files(sdk.OUT)
    assert fresh.keys() == committed.keys(), "generated/sdk is stale: run make sdk"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"generated/sdk is stale, run make sdk: {stale}"
    python = [data for name, data in fresh.items() if name.endswith(".py")]
    assert python and all(b"do not edit" in data.splitlines()[0] for data in python)


def test_every_number_of_the_contract_is_a_decimal_in_the_sdk() -> None:
    schemas = load_yaml(ROOT / "specs" / "openapi.yaml")["components"]["schemas"]
    numbers = {name for name, schema in schemas.items() if schema.get("type") == "number"}
    assert numbers == {"Amount", "Money"}
    models = (sdk.OUT / sdk.PACKAGE / "models").glob("*.py")
    assert not [m.name for m in models if re.search(r"\bfloat\b", m.read_text())]
    assert Operation.__annotations__["amount"] in (Decimal, "Decimal")
    assert Balance.__annotations__["balance"] in (Decimal, "Decimal")


def test_19_99_goes_out_and_comes_back_exactly() -> None:
    sent = MoneyMovementRequest(account_id=ACCOUNT, amount=Decimal("19.99"))
    assert decimal_json.dumps(sent.to_dict()) == f'{{"accountId":"{ACCOUNT}","amount":19.99}}'
    back = MoneyMovementRequest.from_dict(decimal_json.loads(b'{"accountId": "x", "amount": 19.99}'))
    assert back.amount == Decimal("19.99") and isinstance(back.amount, Decimal)


def test_a_float_amount_is_refused_both_ways() -> None:
    with pytest.raises(TypeError, match="never float"):
        decimal_json.dumps(MoneyMovementRequest(account_id=ACCOUNT, amount=19.99).to_dict())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="exact decimal"):
        MoneyMovementRequest.from_dict({"accountId": ACCOUNT, "amount": 19.99})


def test_the_client_sends_and_reads_amounts_exactly() -> None:
    seen: list[bytes] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        if request.url.path == "/deposit":
            accepted = (
                b'{"message":"Deposit accepted","operationId":"op_' + b"1" * 32 + b'","status":"pending"}'
            )
            return httpx.Response(202, headers={"content-type": "application/json"}, content=accepted)
        balance = f'{{"accountId":"{ACCOUNT}","balance":19.99,"currency":"EUR","lastUpdated":"{WHEN}"}}'
        return httpx.Response(200, headers={"content-type": "application/json"}, content=balance.encode())

    mock = {"transport": httpx.MockTransport(server)}
    with AuthenticatedClient(base_url="http://bank", token="t", httpx_args=mock) as bank:
        deposit.sync(client=bank, body=MoneyMovementRequest(account_id=ACCOUNT, amount=Decimal("19.99")))
        balance = get_balance.sync(client=bank, account_id=ACCOUNT)
    assert seen[0] == f'{{"accountId":"{ACCOUNT}","amount":19.99}}'.encode()
    assert isinstance(balance, Balance) and balance.balance == Decimal("19.99")


@pytest.mark.slow
def test_the_sdk_is_a_package_pip_can_install(tmp_path: Path) -> None:
    source = shutil.copytree(sdk.OUT, tmp_path / "source")  # building leaves build/ and egg-info behind
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            source,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = tmp_path.glob("digital_banking_client-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        f"{sdk.PACKAGE}/py.typed",
        f"{sdk.PACKAGE}/decimal_json.py",
        f"{sdk.PACKAGE}/api/banking/deposit.py",
    } <= names
