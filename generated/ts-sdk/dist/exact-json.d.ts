// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit
/**
 * A JSON text as the contract means it. The number of a field the contract types `number` (its
 * names are in DECIMAL_FIELDS: an amount, a balance) becomes the exact Decimal written; any other
 * number (a sequence, a status) a JS number, or an error if it is not one exactly. Never a float
 * that only looks like the amount.
 */
export declare function parseExact(text: string): unknown;
/**
 * A request body as JSON text, every Decimal written as the JSON number it is (`19.99`). A decimal
 * field holding anything but a Decimal is refused: a JS number has lost the amount already.
 */
export declare function stringifyExact(body: unknown): string;
