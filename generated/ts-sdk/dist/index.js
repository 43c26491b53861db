// generated from specs/openapi.yaml by tools/ts_sdk.py, do not edit
import createClient from "openapi-fetch";
import { parseExact, stringifyExact } from "./exact-json.js";
export * from "./schema.js";
export { Decimal, isDecimal } from "./money.js";
export { parseExact, stringifyExact } from "./exact-json.js";
const JSON_MEDIA = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
/** The exact reading of each JSON answer, by the response the client then reads. */
const EXACT = new WeakMap();
/** Reads every JSON answer, success or problem document, with exact decimals. */
const exactAnswers = {
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
/** The answer with its body as read exactly (openapi-fetch's own reading uses JSON.parse). */
function exactly(answer) {
    if (!EXACT.has(answer.response))
        return answer;
    const body = EXACT.get(answer.response);
    return answer.response.ok ? { ...answer, data: body } : { ...answer, error: body };
}
/**
 * A client of the API. Every request carries the bearer token; every body is written, and every
 * JSON answer read, with exact decimals: an amount or a balance is a Decimal, never a JS number.
 */
export function createBank(options) {
    const { token } = options;
    const client = createClient({
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
    const read = (method) => (async (...args) => exactly(await method(...args)));
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
    problem;
    response;
    constructor(problem, response) {
        super(`${problem.status} ${problem.code}: ${problem.detail}`);
        this.problem = problem;
        this.response = response;
        this.name = "ProblemError";
    }
}
/**
 * Every page of a list, for a `for await` loop: each page's `nextCursor` is sent back as `cursor`
 * until it is null. `init` is the first request's (path parameters, `limit`). A problem document
 * ends the loop with a ProblemError.
 */
export async function* pages(bank, path, init) {
    const get = bank.GET;
    const params = (init.params ?? {});
    let cursor = params.query?.cursor;
    do {
        const query = cursor === undefined ? params.query : { ...params.query, cursor };
        const { data, error, response } = await get(path, { ...init, params: { ...params, query } });
        if (error !== undefined)
            throw new ProblemError(error, response);
        const page = data;
        yield page;
        cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
}
