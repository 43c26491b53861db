// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit
import Big from "big.js";

/** An exact decimal: a big.js number in strict mode. Every amount and balance of the API is one. */
export type Decimal = Big.Big;

/**
 * A Decimal from its decimal string: `Decimal("19.99")`. Strict, so that no amount is ever a JS
 * number by accident: a JS number is refused (`Decimal(19.99)` and `amount.plus(0.01)` throw), and so
 * is reading a Decimal as a number (`amount * 2`, `amount + 1` and `amount > other` throw). Compute
 * with its methods (`plus`, `minus`, `times`, `eq`, `lt`, `cmp`: exact) and write it with
 * `toFixed(2)` (EUR's two decimals) or `toString()`. Other big.js constructors are left as they are.
 */
export const Decimal: Big.BigConstructor = Big();
Decimal.strict = true;

/** Whether a value is a Decimal (a big.js number). */
export function isDecimal(value: unknown): value is Decimal {
  return value instanceof Decimal;
}
