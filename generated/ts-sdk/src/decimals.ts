// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit

/** The contract's decimal fields, by name: their JSON numbers are read and written exactly. */
export const DECIMAL_FIELDS: ReadonlySet<string> = new Set(["amount", "balance"]);
