"""The third-party packages the Lambda functions need, pinned to what the tests ran, as Linux wheels.

The set is the project's runtime dependencies (pyproject.toml; what only runs off Lambda is in its
`local` and `dev` extras) and everything they pull in, minus what the Lambda Python runtime already
provides (boto3 and its dependencies). Versions are the ones installed here, so AWS runs exactly
what the tests ran.
"""

from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PLATFORMS = ("manylinux2014_x86_64", "manylinux_2_17_x86_64")  # Lambda's x86_64 runtimes (glibc 2.26+)


def canonical(name: str) -> str:
    """A distribution name as pip compares them."""
    return name.lower().replace("_", "-").replace(".", "-")


def closure(names: list[str]) -> dict[str, str]:
    """Installed distributions these names need, transitively: name -> installed version."""
    found: dict[str, str] = {}
    pending = list(names)
    while pending:
        name = canonical(pending.pop())
        if name in found:
            continue
        distribution = metadata.distribution(name)
        found[name] = distribution.version
        for line in distribution.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return found


def lambda_requirements() -> dict[str, str]:
    """name -> version of every package to bundle."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [Requirement(r).name for r in project["dependencies"]]
    provided = closure(["boto3"])
    needed = closure(wanted)
    return {name: version for name, version in sorted(needed.items()) if name not in provided}


def install(requirements: dict[str, str], cache: Path) -> Path:
    """A directory holding the packages as Lambda imports them, built once per requirement set."""
    pins = [f"{name}=={version}" for name, version in requirements.items()]
    target = cache / hashlib.sha256("\n".join(pins).encode()).hexdigest()[:16]
    if target.is_dir():
        return target
    partial = target.with_suffix(".partial")
    shutil.rmtree(partial, ignore_errors=True)
    platforms = [arg for p in PLATFORMS for arg in ("--platform", p)]
    command = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--only-binary=:all:",
        "--no-compile",
    ]
    version = f"{sys.version_info.major}.{sys.version_info.minor}"  # Chalice picks the runtime the same way
    command += [*platforms, "--implementation", "cp", "--python-version", version, "--target", str(partial)]
    subprocess.run([*command, *pins], check=True)
    for junk in partial.glob("bin"):  # console scripts are of no use in a function
        shutil.rmtree(junk)
    partial.rename(target)
    return target
