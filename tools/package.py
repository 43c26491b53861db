"""`make package`: the deployable template and code of a stage, built offline (no AWS credentials).

Stages a Chalice project (infra/chalice plus the code and its Linux wheels under vendor/), writes
the merge template generated from the infrastructure definition, runs `chalice package
--merge-template`, and precompiles the bytecode into the zip (Lambda's filesystem is read-only, so
without it every cold start compiles every module). Output: build/aws/<stage>/{sam.json,
deployment.zip}. `--template-only` skips the third-party packages (the template is the same).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from py_compile import PycInvalidationMode

from infra.aws.naming import Stage
from infra.aws.template import write
from tools import lambda_deps

ROOT = Path(__file__).resolve().parents[1]
CHALICE_PROJECT = ROOT / "infra" / "chalice"
# what the functions import, laid out at the root of the zip as at the root of the repository
# (generated/ without its subpackages: the client SDK is not the functions')
CODE = (
    "generated/*.py",
    "generated/*_schemas.json",
    "handlers/**/*.py",
    "infra/__init__.py",
    "infra/bootstrap/*.py",
    "infra/functions/*.py",
    "infra/resources.py",
)
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same inputs give the same zip


def code_files() -> list[Path]:
    """The repository's files the functions need, relative to its root."""
    return sorted({p.relative_to(ROOT) for pattern in CODE for p in ROOT.glob(pattern)})


def stage_project(project: Path, template_only: bool) -> None:
    """A Chalice project directory: app.py, .chalice/, requirements.txt, vendor/ (code and wheels)."""
    shutil.rmtree(project, ignore_errors=True)
    (project / ".chalice").mkdir(parents=True)
    shutil.copy2(CHALICE_PROJECT / "app.py", project / "app.py")
    for name in ("config.json", "policy.json"):
        shutil.copy2(CHALICE_PROJECT / ".chalice" / name, project / ".chalice" / name)
    (project / "requirements.txt").write_text("# the dependencies are in vendor/, see tools/lambda_deps.py\n")
    vendor = project / "vendor"
    for path in code_files():
        (vendor / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / path, vendor / path)
    if not template_only:
        wheels = lambda_deps.install(lambda_deps.lambda_requirements(), ROOT / "build" / "aws" / "wheels")
        shutil.copytree(wheels, vendor, dirs_exist_ok=True)


def chalice_package(project: Path, stage: Stage, merge: Path, out: Path) -> None:
    """Run `chalice package` (it needs a region name, never credentials)."""
    env = {**os.environ, "AWS_DEFAULT_REGION": os.environ.get("AWS_DEFAULT_REGION", "us-east-1")}
    command = [sys.executable, "-c", "import sys; from chalice.cli import main; sys.exit(main())"]
    command += ["package", "--stage", stage.name]
    command += ["--merge-template", str(merge), str(out)]
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"chalice package failed:\n{done.stdout}{done.stderr}")


def precompile(archive: Path) -> None:
    """Rewrite the zip with unchecked-hash .pyc next to every module, entries sorted, times fixed."""
    with tempfile.TemporaryDirectory() as tmp:
        unpacked = Path(tmp)
        with zipfile.ZipFile(archive) as source:
            source.extractall(unpacked)
        compileall.compile_dir(
            unpacked,
            quiet=2,
            force=True,
            stripdir=str(unpacked),
            prependdir="/var/task",  # where Lambda unpacks the code: tracebacks name real paths
            invalidation_mode=PycInvalidationMode.UNCHECKED_HASH,
        )
        files = sorted(p for p in unpacked.rglob("*") if p.is_file())
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
            for path in files:
                entry = zipfile.ZipInfo(path.relative_to(unpacked).as_posix(), FIXED_TIME)
                entry.external_attr = 0o644 << 16
                entry.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(entry, path.read_bytes())


def build(stage: Stage, out: Path, template_only: bool = False) -> Path:
    """Build the stage's sam.json and deployment.zip into out; returns out."""
    work = out / "project"
    stage_project(work, template_only)
    merge = write(stage, out / "merge.json")
    package = out / "package"
    shutil.rmtree(package, ignore_errors=True)
    chalice_package(work, stage, merge, package)
    for name in ("sam.json", "deployment.zip"):
        shutil.move(package / name, out / name)
    shutil.rmtree(package)
    shutil.rmtree(work)
    precompile(out / "deployment.zip")
    return out


def main() -> None:
    """Parse the command line and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", type=Stage, default=Stage("dev"))
    parser.add_argument("--out", type=Path, help="default: build/aws/<stage>")
    parser.add_argument("--template-only", action="store_true", help="leave the third-party packages out")
    args = parser.parse_args()
    stage: Stage = args.stage
    out = build(stage, args.out or ROOT / "build" / "aws" / stage.name, args.template_only)
    size = (out / "deployment.zip").stat().st_size
    print(f"{out / 'sam.json'}\n{out / 'deployment.zip'}  {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
