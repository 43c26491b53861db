// The TypeScript client against a platform started as `make run` starts it (BANK_URL, TOKEN): the
// README's flow, exact amounts on the way in and out, Idempotency-Key, cursor pages and problems.
import assert from "node:assert/strict";
import { test } from "node:test";

import { createBank, Decimal, isDecimal, pages, ProblemError, type Operation } from "digital-banking-client";

const bank = createBank({ baseUrl: process.env.BANK_URL ?? "", token: process.env.TOKEN ?? "" });

/** Ask again until the answer is the awaited one; fails after `seconds`. */
async function until<T>(ask: () => Promise<T>, done: (answer: T) => boolean, seconds = 10): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (let answer = await ask(); ; answer = await ask()) {
    if (done(answer)) return answer;
    assert.ok(Date.now() < deadline, `no final answer after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function open(name = "Everyday"): Promise<string> {
  const { data, error, response } = await bank.POST("/accounts", { body: { name, currency: "EUR" } });
  assert.equal(response.status, 201, JSON.stringify(error));
  return data!.accountId;
}

/** A deposit or withdrawal, sent until banking knows the account, and followed until it ends. */
async function move(path: "/deposit" | "/withdraw", accountId: string, amount: string): Promise<Operation> {
  const init = {
    params: { header: { "Idempotency-Key": crypto.randomUUID() } },
    body: { accountId, amount: Decimal(amount) },
  };
  const sent = await until(() => bank.POST(path, init), (answer) => answer.response.status !== 404);
  assert.equal(sent.response.status, 202, JSON.stringify(sent.error));
  const operation_id = sent.data!.operationId;
  const ended = await until(
    () => bank.GET("/operation-status/{operation_id}", { params: { path: { operation_id } } }),
    (answer) => answer.data?.status !== "pending",
  );
  return ended.data!;
}

async function balanceOf(account_id: string, expected: string): Promise<Decimal> {
  const read = await until(
    () => bank.GET("/balances/{account_id}", { params: { path: { account_id } } }),
    (answer) => answer.data?.balance.eq(Decimal(expected)) ?? false,
  );
  return read.data!.balance;
}

test("the README's flow: open, deposit, wait, balance, history, refused withdrawals", async () => {
  const account = await open();
  const deposited = await move("/deposit", account, "100.10");
  assert.equal(deposited.status, "completed");
  assert.ok(isDecimal(deposited.amount) && deposited.amount.toFixed() === "100.1");
  assert.equal((await move("/withdraw", account, "30.05")).status, "completed");
  assert.equal((await balanceOf(account, "70.05")).toFixed(2), "70.05");

  const rows = [];
  for await (const page of pages(bank, "/transactions/{account_id}", {
    params: { path: { account_id: account }, query: { limit: 1 } },
  })) {
    assert.ok(page.transactions.length <= 1);
    rows.push(...page.transactions.map((t) => `${t.type} ${t.amount.toFixed(2)} ${t.balance.toFixed(2)}`));
  }
  assert.deepEqual(rows, ["withdraw 30.05 70.05", "deposit 100.10 100.10"]);

  const refused = await move("/withdraw", account, "500");
  assert.equal(refused.status, "failed");
  assert.equal(refused.errorCode, "INSUFFICIENT_BALANCE");
  const { error, response } = await bank.POST("/withdraw", { body: { accountId: account, amount: Decimal("0.001") } });
  assert.equal(response.status, 422);
  assert.equal(response.headers.get("content-type"), "application/problem+json");
  assert.equal(error?.code, "INVALID_AMOUNT");
  assert.equal(error?.status, 422);
  assert.equal((await balanceOf(account, "70.05")).toFixed(2), "70.05");
});

test("1000000.01 and 0.3 go in and come back exactly", async () => {
  const big = await open("Large");
  await move("/deposit", big, "1000000");
  await move("/deposit", big, "0.01");
  const balance = await balanceOf(big, "1000000.01");
  assert.ok(isDecimal(balance));
  assert.equal(balance.toFixed(), "1000000.01");
  const small = await open("Small");
  await move("/deposit", small, "0.1");
  await move("/deposit", small, "0.2");
  assert.equal((await balanceOf(small, "0.3")).toFixed(2), "0.30"); // never 0.30000000000000004
  const { data } = await bank.GET("/balances");
  const listed = data!.filter((b) => b.accountId === big || b.accountId === small).map((b) => b.balance.toFixed());
  assert.deepEqual(listed.sort(), ["0.3", "1000000.01"]);
});

test("an Idempotency-Key replays the first answer, and refuses another body", async () => {
  const account = await open();
  await move("/deposit", account, "1.00"); // banking knows the account now
  const key = crypto.randomUUID();
  const send = (amount: string) =>
    bank.POST("/deposit", {
      params: { header: { "Idempotency-Key": key } },
      body: { accountId: account, amount: Decimal(amount) },
    });
  const first = await send("5");
  const again = await send("5.00");
  assert.equal(first.response.status, 202);
  assert.equal(again.response.headers.get("idempotent-replayed"), "true");
  assert.equal(again.data?.operationId, first.data?.operationId);
  const other = await send("6");
  assert.equal(other.response.status, 409);
  assert.equal(other.error?.code, "IDEMPOTENCY_KEY_REUSED");
});

test("problem documents are typed: no token, someone else's id, a cursor never issued", async () => {
  const stranger = createBank({ baseUrl: process.env.BANK_URL ?? "", token: "not-a-token" });
  const refused = await stranger.GET("/accounts");
  assert.equal(refused.response.status, 401);
  assert.equal(refused.error?.code, "UNAUTHORIZED");
  const missing = await bank.GET("/balances/{account_id}", {
    params: { path: { account_id: "acc_00000000000000000000000000000000" } },
  });
  assert.equal(missing.error?.code, "NOT_FOUND");
  const account = await open();
  await balanceOf(account, "0"); // the query service knows the account: an unknown one is a 404
  await assert.rejects(
    async () => {
      for await (const _ of pages(bank, "/transactions/{account_id}", {
        params: { path: { account_id: account }, query: { cursor: "never-issued" } },
      }));
    },
    (error: unknown) => error instanceof ProblemError && error.problem.code === "INVALID_CURSOR",
  );
});
