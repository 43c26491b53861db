// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit
import { type Client, type FetchOptions } from "openapi-fetch";
import type { paths, Problem } from "./schema.js";
export * from "./schema.js";
export { Decimal, isDecimal } from "./money.js";
export { parseExact, stringifyExact } from "./exact-json.js";
/**
 * The typed client of the API (openapi-fetch's): `bank.GET("/balances/{account_id}", { params:
 * { path: { account_id } } })` answers `{ data }` (the typed body) or `{ error }` (the problem
 * document), with the `response`.
 */
export type Bank = Client<paths>;
export interface BankOptions {
    /** Where the API is: `http://127.0.0.1:8000` for `make run`. */
    baseUrl: string;
    /** The bearer token, or a function giving the current one (asked before every request). */
    token: string | (() => string | Promise<string>);
    /** The fetch to use (a test's, a proxy's); the global one by default. */
    fetch?: (request: Request) => Promise<Response>;
}
/**
 * A client of the API. Every request carries the bearer token; every body is written, and every
 * JSON answer read, with exact decimals: an amount or a balance is a Decimal, never a JS number.
 */
export declare function createBank(options: BankOptions): Bank;
/** A problem document (RFC 9457) as an Error: what stops a loop over `pages`. */
export declare class ProblemError extends Error {
    readonly problem: Problem;
    readonly response: Response;
    constructor(problem: Problem, response: Response);
}
/** The paths whose GET answers a page of a list: it takes a `cursor` and answers a `nextCursor`. */
export type PagedPath = {
    [P in keyof paths]: paths[P] extends {
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                };
            };
            responses: {
                200: {
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
    } ? P : never;
}[keyof paths];
/** One page of the list at a PagedPath. */
export type PageOf<P extends PagedPath> = paths[P]["get"]["responses"][200]["content"]["application/json"];
/**
 * Every page of a list, for a `for await` loop: each page's `nextCursor` is sent back as `cursor`
 * until it is null. `init` is the first request's (path parameters, `limit`). A problem document
 * ends the loop with a ProblemError.
 */
export declare function pages<P extends PagedPath>(bank: Bank, path: P, init: FetchOptions<paths[P]["get"]>): AsyncGenerator<PageOf<P>, void, undefined>;
