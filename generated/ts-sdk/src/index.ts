// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit
import createClient, { type Client, type FetchOptions, type Middleware } from "openapi-fetch";

import { parseExact, stringifyExact } from "./exact-json.js";
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

const JSON_MEDIA = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
/** The exact reading of each JSON answer, by the response the client then reads. */
const EXACT = new WeakMap<Response, unknown>();

/** Reads every JSON answer, success or problem document, with exact decimals. */
const exactAnswers: Middleware = {
  async onResponse({ response, options }) {
    if (options.parseAs !== "json" || !JSON_MEDIA.test(response.headers.get("content-type") ?? "")) {
      return undefined;
    }
    const text = await response.text();
    const read = new Response(text, response);
    EXACT.set(read, text === "" ? undefined : parseExact(text));
    return read;
  },
};

type Answer = { data?: unknown; error?: unknown; response: Response };

/** The answer with its body as read exactly (openapi-fetch's own reading uses JSON.parse). */
function exactly<A extends Answer>(answer: A): A {
  if (!EXACT.has(answer.response)) return answer;
  const body = EXACT.get(answer.response);
  return answer.response.ok ? { ...answer, data: body } : { ...answer, error: body };
}

/**
 * A client of the API. Every request carries the bearer token; every body is written, and every
 * JSON answer read, with exact decimals: an amount or a balance is a Decimal, never a JS number.
 */
export function createBank(options: BankOptions): Bank {
  const { token } = options;
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    bodySerializer: stringifyExact,
  });
  client.use(exactAnswers); // the first one used is the last to see a response: what it reads is final
  client.use({
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${typeof token === "function" ? await token() : token}`);
      return request;
    },
  });
  const read = <M extends (...args: never[]) => Promise<Answer>>(method: M): M =>
    (async (...args: Parameters<M>) => exactly(await method(...args))) as M;
  return {
    ...client,
    request: read(client.request),
    GET: read(client.GET),
    PUT: read(client.PUT),
    POST: read(client.POST),
    DELETE: read(client.DELETE),
    OPTIONS: read(client.OPTIONS),
    HEAD: read(client.HEAD),
    PATCH: read(client.PATCH),
    TRACE: read(client.TRACE),
  };
}

/** A problem document (RFC 9457) as an Error: what stops a loop over `pages`. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly response: Response,
  ) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
    this.name = "ProblemError";
  }
}

/** The paths whose GET answers a page of a list: it takes a `cursor` and answers a `nextCursor`. */
export type PagedPath = {
  [P in keyof paths]: paths[P] extends {
    get: {
      parameters: { query?: { cursor?: string } };
      responses: { 200: { content: { "application/json": { nextCursor: string | null } } } };
    };
  }
    ? P
    : never;
}[keyof paths];

/** One page of the list at a PagedPath. */
export type PageOf<P extends PagedPath> = paths[P]["get"]["responses"][200]["content"]["application/json"];

/**
 * Every page of a list, for a `for await` loop: each page's `nextCursor` is sent back as `cursor`
 * until it is null. `init` is the first request's (path parameters, `limit`). A problem document
 * ends the loop with a ProblemError.
 */
export async function* pages<P extends PagedPath>(
  bank: Bank,
  path: P,
  init: FetchOptions<paths[P]["get"]>,
): AsyncGenerator<PageOf<P>, void, undefined> {
  const get = bank.GET as unknown as (path: string, init: object) => Promise<Answer>;
  const params = (init.params ?? {}) as { query?: { cursor?: string } };
  let cursor = params.query?.cursor;
  do {
    const query = cursor === undefined ? params.query : { ...params.query, cursor };
    const { data, error, response } = await get(path, { ...init, params: { ...params, query } });
    if (error !== undefined) throw new ProblemError(error as Problem, response);
    const page = data as PageOf<P>;
    yield page;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
