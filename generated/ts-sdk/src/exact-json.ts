// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit
import { isLosslessNumber, parse, stringify, toSafeNumberOrThrow } from "lossless-json";

import { DECIMAL_FIELDS } from "./decimals.js";
import { Decimal, isDecimal } from "./money.js";

/**
 * A JSON text as the contract means it. The number of a field the contract types `number` (its
 * names are in DECIMAL_FIELDS: an amount, a balance) becomes the exact Decimal written; any other
 * number (a sequence, a status) a JS number, or an error if it is not one exactly. Never a float
 * that only looks like the amount.
 */
export function parseExact(text: string): unknown {
  return parse(text, (key, value) => {
    if (!isLosslessNumber(value)) return value;
    return DECIMAL_FIELDS.has(key) ? Decimal(value.value) : toSafeNumberOrThrow(value.value);
  });
}

/**
 * A request body as JSON text, every Decimal written as the JSON number it is (`19.99`). A decimal
 * field holding anything but a Decimal is refused: a JS number has lost the amount already.
 */
export function stringifyExact(body: unknown): string {
  const text = stringify(
    body,
    (key, value) => {
      if (DECIMAL_FIELDS.has(key) && value !== null && value !== undefined && !isDecimal(value)) {
        const what = typeof value === "number" ? `the JS number ${value}` : `a ${typeof value}`;
        throw new TypeError(`${key} is an exact amount: give it a Decimal, as Decimal("19.99"), never ${what}`);
      }
      return value;
    },
    undefined,
    [{ test: isDecimal, stringify: (value) => (value as Decimal).toFixed() }],
  );
  if (text === undefined) throw new TypeError("the body has no JSON text");
  return text;
}
