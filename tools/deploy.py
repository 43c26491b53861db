"""`make deploy STAGE=…`: build a stage's package and deploy it to the account of the current credentials.

Checks for credentials before anything else, builds the package (tools/package.py), uploads the
code and the template to an artifact bucket (BANK_ARTIFACT_BUCKET, or bank-artifacts-<account>-
<region>, created private and encrypted on first use), then creates and executes a CloudFormation
change set for stack bank-<stage> and waits for it. The SAM transform needs CAPABILITY_AUTO_EXPAND,
the function and pipe roles CAPABILITY_IAM.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import boto3
from botocore.exceptions import ClientError, WaiterError

from infra.aws.naming import Stage
from tools.package import ROOT, build

CAPABILITIES = ["CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"]
NO_CREDENTIALS = (
    "make deploy needs AWS credentials (an AWS profile, environment variables, or the GitHub OIDC role); "
    "none were found, so nothing was built or changed. See docs/deployment.md."
)


def session_or_exit() -> boto3.Session:
    """A session with credentials and a region, or a clear refusal."""
    session = boto3.Session()
    if session.get_credentials() is None:
        raise SystemExit(NO_CREDENTIALS)
    if not session.region_name:
        raise SystemExit("make deploy needs a region: set AWS_REGION (or a profile's region).")
    return session


def with_code(template: dict[str, Any], bucket: str, key: str) -> dict[str, Any]:
    """The template with every function's local CodeUri pointing at the uploaded zip."""
    placed = copy.deepcopy(template)
    for resource in placed["Resources"].values():
        if resource["Type"] == "AWS::Serverless::Function":
            resource["Properties"]["CodeUri"] = {"Bucket": bucket, "Key": key}
    return placed


def artifact_bucket(session: boto3.Session) -> str:
    """The bucket the code and templates go to, created (private, encrypted) when missing."""
    account = session.client("sts").get_caller_identity()["Account"]
    name = os.environ.get("BANK_ARTIFACT_BUCKET") or f"bank-artifacts-{account}-{session.region_name}"
    s3 = session.client("s3")
    try:
        s3.head_bucket(Bucket=name)
    except ClientError:
        where = {} if session.region_name == "us-east-1" else {"LocationConstraint": session.region_name}
        s3.create_bucket(Bucket=name, **({"CreateBucketConfiguration": where} if where else {}))
        block = dict.fromkeys(
            ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"], True
        )
        s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration=block)
    return name


def upload(session: boto3.Session, stage: Stage, out: Path) -> str:
    """Upload the code and the template; the template's URL."""
    bucket, s3 = artifact_bucket(session), session.client("s3")
    code = (out / "deployment.zip").read_bytes()
    key = f"{stage.name}/{hashlib.sha256(code).hexdigest()}"
    s3.put_object(Bucket=bucket, Key=f"{key}.zip", Body=code, ServerSideEncryption="AES256")
    template = with_code(json.loads((out / "sam.json").read_text()), bucket, f"{key}.zip")
    s3.put_object(
        Bucket=bucket, Key=f"{key}.json", Body=json.dumps(template).encode(), ServerSideEncryption="AES256"
    )
    return f"https://{bucket}.s3.{session.region_name}.amazonaws.com/{key}.json"


def apply(session: boto3.Session, stage: Stage, template_url: str) -> None:
    """Create the change set, execute it unless it changes nothing, wait for the stack."""
    cloudformation = session.client("cloudformation")
    try:
        cloudformation.describe_stacks(StackName=stage.stack)
        kind = "UPDATE"
    except ClientError:
        kind = "CREATE"
    name = "deploy-" + template_url.rsplit("/", 1)[-1].removesuffix(".json")[:40]
    cloudformation.create_change_set(
        StackName=stage.stack,
        ChangeSetName=name,
        ChangeSetType=kind,
        TemplateURL=template_url,
        Capabilities=CAPABILITIES,
        Tags=[{"Key": "stage", "Value": stage.name}],
    )
    try:
        cloudformation.get_waiter("change_set_create_complete").wait(
            StackName=stage.stack, ChangeSetName=name
        )
    except WaiterError:
        reason = cloudformation.describe_change_set(StackName=stage.stack, ChangeSetName=name)["StatusReason"]
        if "didn't contain changes" in reason or "No updates" in reason:
            print(f"{stage.stack} is already up to date")
            return
        raise SystemExit(f"change set failed: {reason}") from None
    cloudformation.execute_change_set(StackName=stage.stack, ChangeSetName=name)
    waiter = "stack_create_complete" if kind == "CREATE" else "stack_update_complete"
    cloudformation.get_waiter(waiter).wait(
        StackName=stage.stack, WaiterConfig={"Delay": 15, "MaxAttempts": 240}
    )


def main() -> None:
    """Deploy one stage and print its outputs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", type=Stage, required=True)
    stage: Stage = parser.parse_args().stage
    session = session_or_exit()
    out = build(stage, ROOT / "build" / "aws" / stage.name)
    apply(session, stage, upload(session, stage, out))
    stack = session.client("cloudformation").describe_stacks(StackName=stage.stack)["Stacks"][0]
    for output in stack.get("Outputs", []):
        print(f"{output['OutputKey']:20} {output['OutputValue']}")


if __name__ == "__main__":
    main()
