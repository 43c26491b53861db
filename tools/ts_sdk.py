"""`make sdk`, TypeScript: the typed client package generated/ts-sdk/, from specs/openapi.yaml.

openapi-typescript writes the contract's types (src/schema.ts), where every `type: number` (an
amount, a balance) is the exact `Decimal`, never `number`; the templates of tools/ts_sdk_templates/
put openapi-fetch around them (the bearer token, exact JSON both ways, `pages` for cursor lists),
and tsc compiles src/ into dist/, so the package is usable as it is, from TypeScript or JavaScript.

The JSON reading is exact by field name: the contract's decimal fields are listed in
src/decimals.ts, derived here from every schema of the contract. That holds only while a name means
a number everywhere it is used, and every number is an object's property; when the contract breaks
either, this fails and says where, rather than generate a client that reads an amount as a float.

Node runs from tools/node (its lockfile pins every tool and library); the output is the same, byte
for byte, on every run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tools.spec_model import deref, load_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "openapi.yaml"
OUT = ROOT / "generated" / "ts-sdk"
TEMPLATES = Path(__file__).resolve().parent / "ts_sdk_templates"
NODE_TOOLS = Path(__file__).resolve().parent / "node"
NODE_MODULES = NODE_TOOLS / "node_modules"
HEADER = "// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit"
PACKAGE = "digital-banking-client"
SOURCES = (
    "index.ts",
    "money.ts",
    "exact-json.ts",
)  # the templates' modules, beside schema.ts and decimals.ts
RUNTIME = (
    "@types/big.js",
    "big.js",
    "lossless-json",
    "openapi-fetch",
)  # what dist/ imports, at tools/node's versions
NOT_SCHEMAS = frozenset({"example", "examples", "links"})  # data or references, not schemas
COMBINATORS = ("allOf", "anyOf", "oneOf")


class ContractError(ValueError):
    """The contract has a number the exact JSON reading could not tell from another value."""


def escaped(key: str) -> str:
    """A key as a JSON pointer writes it (`/accounts` is `~1accounts`)."""
    return key.replace("~", "~0").replace("/", "~1")


def declared(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema names itself (`type`, a string or a list)."""
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


def leaf_types(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema allows, through allOf/anyOf/oneOf ('any' when it names none)."""
    found: set[str] = set()
    for combinator in COMBINATORS:
        for branch in schema.get(combinator, []):
            found |= leaf_types(branch)
    found |= declared(schema)
    if schema.get("nullable") is True:
        found.add("null")
    return found or {"any"}


def decimal_fields(spec: dict[str, Any]) -> list[str]:
    """The property names whose values are the contract's `number`s, as its operations use them:
    every number is such a property, and every property of such a name is a number (or null)."""
    decimals: dict[str, str] = {}
    others: dict[str, str] = {}
    loose: list[str] = []

    def walk(node: Any, where: str, prop: str | None = None, counted: bool = False) -> None:
        """prop: the property whose schema node is; counted: a branch of one already counted."""
        if isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}/{i}")
            return
        if not isinstance(node, dict):
            return
        if prop is not None:
            types = leaf_types(node)
            if "number" in types and types - {"number", "null"}:
                raise ContractError(f"{where}: a number or {sorted(types - {'number', 'null'})}")
            (decimals if "number" in types else others).setdefault(prop, where)
        elif not counted and "number" in declared(node):
            loose.append(where)
        for key, value in node.items():
            if key in NOT_SCHEMAS or key.startswith("x-"):
                continue
            if key == "properties" and isinstance(value, dict):
                for name, schema in value.items():
                    walk(schema, f"{where}/properties/{escaped(name)}", name)
            elif key in COMBINATORS and isinstance(value, list):
                for i, branch in enumerate(value):
                    walk(branch, f"{where}/{key}/{i}", counted=counted or prop is not None)
            else:
                walk(value, f"{where}/{escaped(key)}")

    walk(deref(spec, spec["paths"]), "#/paths")  # every schema where it is used, its $refs followed
    if loose:
        raise ContractError(f"a number that is no object's property: {loose[0]}")
    both = sorted(decimals.keys() & others.keys())
    if both:
        name = both[0]
        raise ContractError(f"{name!r} is a number at {decimals[name]} but not at {others[name]}")
    return sorted(decimals)


def decimals_module(fields: list[str]) -> str:
    """src/decimals.ts: the names of the decimal fields."""
    names = ", ".join(json.dumps(f) for f in fields)
    return (
        f"{HEADER}\n\n"
        "/** The contract's decimal fields, by name: their JSON numbers are read and written exactly. */\n"
        f"export const DECIMAL_FIELDS: ReadonlySet<string> = new Set([{names}]);\n"
    )


def package_json(spec: dict[str, Any]) -> str:
    """package.json: the contract's version; the runtime libraries at the versions tools/node pins."""
    pinned = json.loads((NODE_TOOLS / "package.json").read_text())["dependencies"]
    package = {
        "name": PACKAGE,
        "version": spec["info"]["version"],
        "description": f"A typed client of the {spec['info']['title']}, {HEADER[3:]}",
        "license": spec["info"]["license"]["name"],
        "type": "module",
        "exports": {".": {"types": "./dist/index.d.ts", "default": "./dist/index.js"}},
        "types": "./dist/index.d.ts",
        "files": ["dist", "src", "README.md", "tsconfig.json"],
        "engines": {"node": ">=20"},
        "dependencies": {name: pinned[name] for name in RUNTIME},
    }
    return json.dumps(package, indent=2) + "\n"


def node(*args: str, cwd: Path) -> None:
    """Run node or a tool of tools/node; its output only if it fails."""
    done = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stdout}{done.stderr}")


def build(package: Path, spec: dict[str, Any]) -> None:
    """Write the package's sources into `package` and compile them."""
    src = package / "src"
    src.mkdir(parents=True)
    node("node", str(NODE_TOOLS / "openapi-types.mjs"), str(SPEC), str(src / "schema.ts"), HEADER, cwd=ROOT)
    (src / "decimals.ts").write_text(decimals_module(decimal_fields(spec)))
    for name in SOURCES:
        (src / name).write_text(f"{HEADER}\n{(TEMPLATES / name).read_text()}")
    shutil.copy(TEMPLATES / "tsconfig.json", package)
    shutil.copy(TEMPLATES / "README.md", package)
    (package / "package.json").write_text(package_json(spec))
    (package / "node_modules").symlink_to(NODE_MODULES)  # what tsc resolves the libraries' types from
    try:
        node(str(NODE_MODULES / ".bin" / "tsc"), "-p", str(package), cwd=package)
    finally:
        (package / "node_modules").unlink()
    for compiled in sorted((package / "dist").iterdir()):  # tsc drops the header of a module of types only
        text = compiled.read_text()
        if not text.startswith(HEADER):
            compiled.write_text(f"{HEADER}\n{text}")


def main(out: Path = OUT) -> int:
    """Generate the package into out (replacing it)."""
    if not (NODE_MODULES / ".bin" / "tsc").exists():
        raise SystemExit("tools/node has no node_modules: run `make sdk` (it runs npm ci there)")
    spec = load_yaml(SPEC)
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "ts-sdk"
        build(package, spec)
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(package, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
