"""Tests of the AWS deployment: the packaged template, the Chalice app, the Lambda functions."""
