// Swagger UI (/ui/) and the message catalog (/asyncapi/) of a platform started as `make run` starts
// it (BANK_URL), rendered by Debian's Chromium (BANK_CHROMIUM, /usr/bin/chromium by default),
// headless and with a profile of its own, driven by playwright-core. EXPECTED (JSON,
// from the specs) lists what must be on each page: every operation, and every message with its
// producer and consumers.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { chromium, type BrowserContext, type Page } from "playwright-core";

interface Expected {
  operations: { tag: string; operationId: string; method: string; path: string }[];
  messages: { name: string; producer: string; consumers: string[]; example: string; fields: string[] }[];
}

const url = process.env.BANK_URL ?? "";
const expected = JSON.parse(process.env.EXPECTED ?? "{}") as Expected;
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
let browser: BrowserContext;

before(async () => {
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.BANK_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
  });
});

after(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** A page opened at path, with every script error and failed request it meets. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  const answer = await page.goto(url + path, { waitUntil: "load" });
  assert.equal(answer?.status(), 200);
  return { page, problems };
}

test("Swagger UI renders every operation of the contract", async () => {
  assert.ok(expected.operations.length > 0);
  const { page, problems } = await open("/ui/");
  for (const op of expected.operations) {
    const block = page.locator(`#operations-${op.tag}-${op.operationId}`);
    await block.waitFor({ state: "visible", timeout: 15_000 });
    const summary = (await block.locator(".opblock-summary").innerText()).replaceAll("\u200b", "");
    const [method, path] = summary.split(/\s+/);
    assert.deepEqual([method, path], [op.method.toUpperCase(), op.path], summary);
  }
  assert.equal(await page.locator("#operations-accounts-noSuchOperation").count(), 0); // nor is what is not there
  assert.deepEqual(problems, []);
});

test("the catalog page renders every message: payload schema, example, producer and consumers", async () => {
  assert.ok(expected.messages.length > 0);
  const { page, problems } = await open("/asyncapi/");
  await page.waitForFunction(() => "AsyncApiStandalone" in window, undefined, { timeout: 15_000 });
  for (const message of expected.messages) {
    const card = page.locator(`#message-${message.name}`);
    await card.waitFor({ state: "visible", timeout: 15_000 });
    const text = await card.innerText();
    assert.match(text, new RegExp(`Sent by ${message.producer} to the `), message.name);
    for (const consumer of message.consumers) assert.match(text, new RegExp(`\\b${consumer} from the `), message.name);
    assert.ok(text.includes(`"id": "${message.example}"`), `${message.name}: its example is not shown`);
    const payload = page.locator(`#message-${message.name}-payload`);
    await payload.getByRole("button", { name: "Expand all" }).click(); // the schema, property by property
    // the nested levels render a moment after the click: read until every field is there, or 10 s
    let schema = "";
    const shown = (field: string) => new RegExp(`^${field}(?:Expand all|Collapse all)?$`, "m").test(schema);
    for (const deadline = Date.now() + 10_000; ; await new Promise((done) => setTimeout(done, 100))) {
      schema = await payload.innerText();
      if (message.fields.every(shown) || Date.now() > deadline) break;
    }
    for (const field of message.fields) assert.ok(shown(field), `${message.name}.${field} is not shown:\n${schema}`);
    assert.ok(!shown("noSuchField")); // what is not there is not found
  }
  assert.equal(await page.locator("#message-NoSuchMessage").count(), 0);
  assert.deepEqual(problems, []);
});
