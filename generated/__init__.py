# generated from specs/openapi.yaml and specs/asyncapi.yaml by tools/generate.py, do not edit
"""Code generated from the contracts."""
