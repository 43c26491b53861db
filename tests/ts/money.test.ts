// Amounts in the TypeScript client are exact, without a platform: the JSON reading and writing,
// the Decimal type, and the client itself over a fetch that answers what the platform would.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createBank, Decimal, isDecimal, parseExact, stringifyExact } from "digital-banking-client";

const ACCOUNT = "acc_0f8fad5bd9cb469fa16570867728950e";

test("1000000.01 and 0.3 are read as the exact decimals written, other numbers as numbers", () => {
  const read = parseExact('{"amount": 1000000.01, "balance": 0.30, "sequence": 2, "status": 422}') as Record<
    string,
    unknown
  >;
  assert.ok(isDecimal(read.amount) && isDecimal(read.balance));
  assert.equal(read.amount.toFixed(), "1000000.01");
  assert.ok(read.balance.eq(Decimal("0.1").plus(Decimal("0.2")))); // 0.1 + 0.2 is 0.30000000000000004 in floats
  assert.equal(read.sequence, 2);
  assert.equal(read.status, 422);
});

test("a number that is not exactly a JS number is refused, not rounded", () => {
  assert.throws(() => parseExact('{"sequence": 9007199254740993}'), /9007199254740993/);
  assert.throws(() => parseExact('{"amount": 1, "amount": 2}'), /[Dd]uplicate key/);
});

test("decimals are written as the JSON numbers they are and come back the same", () => {
  for (const written of ["1000000.01", "0.3", "19.99", "0.0001", "1000000"]) {
    const text = stringifyExact({ accountId: ACCOUNT, amount: Decimal(written) });
    assert.equal(text, `{"accountId":"${ACCOUNT}","amount":${written}}`);
    const back = parseExact(text) as { amount: Decimal };
    assert.ok(back.amount.eq(Decimal(written)) && back.amount.toFixed() === written);
  }
});

test("a JS number is never taken as an amount", () => {
  assert.throws(() => stringifyExact({ accountId: ACCOUNT, amount: 0.3 }), /amount is an exact amount.*never the JS number 0.3/);
  assert.throws(() => stringifyExact({ amount: "0.3" }), /never a string/);
  assert.throws(() => Decimal(0.3 as unknown as string), TypeError);
});

test("a Decimal refuses float arithmetic: operators throw, methods are exact", () => {
  const balance = parseExact('{"balance": 0.3}') as { balance: Decimal };
  const asNumber = balance.balance as unknown as number;
  assert.throws(() => asNumber * 2, /valueOf disallowed/);
  assert.throws(() => asNumber + 1, /valueOf disallowed/);
  assert.throws(() => balance.balance.plus(0.1), TypeError); // even where big.js's types let a number in
  assert.equal(balance.balance.times("3").toFixed(2), "0.90");
  assert.equal(`${balance.balance}`, "0.3");
});

test("the client sends and reads amounts exactly, problem documents included", async () => {
  const sent: string[] = [];
  const platform = async (request: Request): Promise<Response> => {
    sent.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.get("authorization")} ${await request.text()}`);
    if (request.method === "POST") {
      const problem = { type: "about:blank", title: "Invalid amount", status: 422, detail: "too many decimals", message: "too many decimals", code: "INVALID_AMOUNT", timestamp: "2026-01-15T09:30:00.000Z" };
      return new Response(JSON.stringify(problem), { status: 422, headers: { "content-type": "application/problem+json" } });
    }
    const balance = `{"accountId":"${ACCOUNT}","balance":1000000.01,"currency":"EUR","lastUpdated":"2026-01-15T09:30:00.000Z"}`;
    return new Response(balance, { status: 200, headers: { "content-type": "application/json" } });
  };
  const bank = createBank({ baseUrl: "http://bank.test", token: () => "t0k3n", fetch: platform });
  const read = await bank.GET("/balances/{account_id}", { params: { path: { account_id: ACCOUNT } } });
  assert.ok(read.data && isDecimal(read.data.balance) && read.data.balance.toFixed() === "1000000.01");
  const refused = await bank.POST("/withdraw", { body: { accountId: ACCOUNT, amount: Decimal("0.001") } });
  assert.equal(refused.error?.code, "INVALID_AMOUNT");
  assert.deepEqual(sent, [
    `GET /balances/${ACCOUNT} Bearer t0k3n `,
    `POST /withdraw Bearer t0k3n {"accountId":"${ACCOUNT}","amount":0.001}`,
  ]);
  await assert.rejects(
    bank.POST("/deposit", { body: { accountId: ACCOUNT, amount: 0.3 as unknown as Decimal } }),
    /never the JS number 0.3/,
  );
  assert.equal(sent.length, 2); // refused before anything was sent
});
