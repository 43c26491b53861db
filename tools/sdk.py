"""`make sdk`: the typed Python client package in generated/sdk/, from specs/openapi.yaml.

openapi-python-client writes the package (templates of tools/sdk_templates/ make it a setuptools
package with our README); then one post-processing step makes every JSON number an exact Decimal,
because the generator maps `number` to float and 19.99 has no float:

- models: every `float` becomes `Decimal`, and `from_dict` reads numbers through `as_decimal`,
  which refuses a float (it has already lost the exact value);
- operations: responses are parsed with `decimal_json.loads` (non-integers as Decimal) instead
  of `response.json()`, and bodies are sent as `decimal_json.dumps(...)` instead of `json=`.

Every rewrite must find what it rewrites, so a generator that changes shape fails here loudly.
Output is formatted with ruff under the package's own settings: byte for byte the same each run.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "openapi.yaml"
OUT = ROOT / "generated" / "sdk"
TEMPLATES = Path(__file__).resolve().parent / "sdk_templates"
PACKAGE = "digital_banking_client"
BIN = Path(sys.executable).parent
CONFIG = {
    "project_name_override": "digital-banking-client",
    "package_name_override": PACKAGE,
    "post_hooks": [],  # formatted below, with the venv's ruff, whatever is on PATH
}
HEADER = "# generated from specs/openapi.yaml by tools/sdk.py, do not edit\n"
DECIMAL_JSON = (TEMPLATES / "decimal_json.py").read_text()
# handwritten and shipped as is: a receiver's check of a webhook's signatures (standardwebhooks)
WEBHOOKS = (TEMPLATES / "webhooks.py").read_text()


def rewrite(path: Path, old: str, new: str, *, regex: bool = False) -> None:
    """Replace old by new in a file; fail unless old is there."""
    text = path.read_text()
    changed, count = re.subn(old, new, text) if regex else (text.replace(old, new), text.count(old))
    if not count:
        raise RuntimeError(f"{path.name}: nothing matches {old!r}; has the generator changed?")
    path.write_text(changed)


def exact_models(package: Path) -> int:
    """Make every number field of the models a Decimal read through as_decimal; how many."""
    fields = 0
    for model in sorted((package / "models").glob("*.py")):
        names = re.findall(r"^    (\w+): float$", model.read_text(), flags=re.MULTILINE)
        if not names:
            continue
        rewrite(model, r"\bfloat\b", "Decimal", regex=True)
        rewrite(model, "from attrs import define", "from decimal import Decimal\n\nfrom attrs import define")
        rewrite(model, "from ..types import", "from ..decimal_json import as_decimal\nfrom ..types import")
        for name in names:
            rewrite(model, rf'( {name} = )(d\.pop\("\w+"\))', r"\1as_decimal(\2)", regex=True)
            if f"        {name} = cls(" in model.read_text():  # Balance.balance: the instance takes the name
                rewrite(model, rf"\b{name} = cls\(", "instance = cls(", regex=True)
                rewrite(model, f"{name}.additional_properties = d", "instance.additional_properties = d")
                rewrite(model, f"return {name}\n", "return instance\n")
        fields += len(names)
    return fields


def exact_operations(package: Path) -> None:
    """Parse responses and send bodies with exact decimals."""
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        rewrite(module, "response.json()", "decimal_json.loads(response.content)")
        rewrite(module, "from ... import errors", "from ... import decimal_json, errors")
        if '_kwargs["json"]' in module.read_text():
            body = "decimal_json.dumps(body.to_dict())"
            rewrite(module, '_kwargs["json"] = body.to_dict()', f'_kwargs["content"] = {body}')


def head(package: Path) -> None:
    """Mark every Python file as generated."""
    for module in sorted(package.rglob("*.py")):
        module.write_text(HEADER + module.read_text())


def run_generator(work: Path) -> Path:
    """openapi-python-client into work/client; the path of the project it wrote."""
    config = work / "config.json"
    config.write_text(json.dumps(CONFIG))
    project = work / "client"
    command = [str(BIN / "openapi-python-client"), "generate", "--path", str(SPEC)]
    command += ["--output-path", str(project), "--config", str(config), "--fail-on-warning"]
    command += ["--custom-template-path", str(TEMPLATES), "--meta", "uv"]
    subprocess.run(command, check=True, cwd=work, capture_output=True, text=True)
    (project / ".gitignore").unlink(missing_ok=True)
    return project


def format_project(project: Path) -> None:
    """ruff with the package's own settings (its pyproject.toml), wherever it is."""
    ruff = str(BIN / "ruff")
    # the package only: the README's example keeps the lines it was written with
    subprocess.run([ruff, "check", "--fix", "--quiet", "--no-cache", PACKAGE], check=True, cwd=project)
    subprocess.run([ruff, "format", "--quiet", "--no-cache", PACKAGE], check=True, cwd=project)


def main(out: Path = OUT) -> int:
    """Generate the client package into out (replacing it)."""
    with tempfile.TemporaryDirectory() as tmp:
        project = run_generator(Path(tmp))
        package = project / PACKAGE
        (package / "decimal_json.py").write_text(DECIMAL_JSON)
        (package / "webhooks.py").write_text(WEBHOOKS)
        if not exact_models(package):
            raise RuntimeError("no number field found: the Decimal rewrite did nothing")
        exact_operations(package)
        format_project(project)
        head(package)
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(project, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
