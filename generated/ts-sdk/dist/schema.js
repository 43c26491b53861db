// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit
export {};
