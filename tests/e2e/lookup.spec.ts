import { readFileSync } from "node:fs";
import { ARTIFACTS, expect, SEED, test } from "./fixtures.ts";

const SEED_TRACE = readFileSync("tests/fixtures/traces/01-bedrock-valueerror-bad-response-code.txt", "utf8");

test("pasting the seed page's real trace finds the seed page first; no request carries the paste", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("/lookup/");
  await page.waitForLoadState("networkidle");
  const before = requests.length;
  await page.getByLabel("Error message or stack trace").fill(SEED_TRACE);
  const first = page.locator(".matches > li").first();
  await expect(first.locator("a").first()).toHaveText(SEED.title);
  await expect(first.locator(".confidence")).toHaveText("high");
  await expect(first.locator(".why")).toContainText("anthropic/lib/bedrock/_stream_decoder.py");
  await expect(page.locator(".lookup-status")).toContainText("1 exception found (python)");
  await expect(page.locator(".parsed-list mark").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  // Chromium re-reads the favicon when the fragment changes; that request carries nothing. After the paste a site
  // fetches the answer files of its matches (answers.ts), and a site too large for one index file (build-index.ts
  // ONE_FILE_BYTES), which loaded its router first, one or two data files before them: static files named by number,
  // with no query, which carry none of the paste's text.
  const routed = requests.slice(0, before).some((u) => new URL(u).pathname.endsWith("/router.json"));
  const indexFile = (u: string) => new URL(u).search === "" && new RegExp(`/lookup/[0-9a-f]+/${routed ? "a?" : "a"}\\d+\\.json$`).test(new URL(u).pathname);
  const after = requests.slice(before).filter((u) => !u.endsWith("/favicon.svg"));
  expect(
    after.filter((u) => !indexFile(u)),
    "no request may carry the paste",
  ).toEqual([]);
  expect(after.length, "answers come from at most one file per match").toBeLessThanOrEqual(routed ? 8 : 5);
  await page.screenshot({ path: `${ARTIFACTS}/lookup-seed-trace.png`, fullPage: true });
  await first.locator("a").first().click();
  await expect(page).toHaveURL(new RegExp(`${SEED.url}$`));
});

test("an unknown error gets a 'no page yet' scaffold, and pasted markup stays text", async ({ page }) => {
  await page.goto("/lookup/");
  await page.getByLabel("Error message or stack trace").fill('java.lang.IllegalStateException: <img src=x onerror="window.pwned=1"> not ready\n\tat com.example.App.main(App.java:10)');
  await expect(page.getByRole("heading", { name: "No page yet for this error" })).toBeVisible();
  await expect(page.locator(".scaffold")).toContainText('signature: "java.lang.IllegalStateException: <img src=x onerror=\\"window.pwned=1\\"> not ready"');
  expect(await page.locator(".lookup-results img, .lookup-parsed img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test("a 5 MB paste finishes with the work cap shown", async ({ page }) => {
  await page.goto("/lookup/");
  const line = '  File "/srv/app/worker.py", line 10, in run\n';
  const huge = `${line.repeat(Math.ceil((5 * 1024 * 1024) / line.length))}ValueError: Bad response code, expected 200: {'statu`;
  const started = Date.now();
  // As a paste does: the whole text lands at once, then one input event (fill() would take minutes to type 5 MB).
  await page.getByLabel("Error message or stack trace").evaluate((box, text) => {
    (box as HTMLTextAreaElement).value = text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, huge);
  await expect(page.locator(".lookup-status")).toContainText("were analysed", { timeout: 20_000 });
  expect(Date.now() - started).toBeLessThan(20_000);
});

test("the home search box puts signature matches above full-text results", async ({ page }) => {
  await page.goto("/");
  const box = page.getByLabel("Error message or stack trace");
  await box.click();
  await box.fill("openai.APIConnectionError: Connection error.");
  await expect(page.locator(".search-status")).toContainText("result");
  // Another vendor's identical wording is never a confident match for the Anthropic page.
  await expect(page.locator(".signature-results .confidence.high")).toHaveCount(0);
  await box.fill(SEED_TRACE);
  await expect(page.locator(".signature-results .match a").first()).toHaveText(SEED.title);
  await page.screenshot({ path: `${ARTIFACTS}/home-search.png` });
});

test("each match shows the answer without a click; 'matched on' is folded away", async ({ page }) => {
  await page.goto("/lookup/");
  await page.getByLabel("Error message or stack trace").fill(SEED_TRACE);
  const first = page.locator(".matches > li").first();
  await expect(first.locator("a").first()).toHaveText(SEED.title);
  const why = first.locator("details.match-why");
  await expect(why).not.toHaveAttribute("open");
  await expect(why.locator(".why")).toBeHidden();
  await why.locator("summary").click();
  await expect(why.locator(".why")).toBeVisible();
  await expect(why.locator(".why")).toContainText("Your line");
});

test("each match shows the page's summary ('First: …') and its first fix's title", async ({ page }) => {
  // The index ships a page's summary as `m` and its first fix's title as `x` in answer files (answers.ts), read after
  // matching for the matches shown.
  const exported = JSON.parse(readFileSync("dist/errors.json", "utf8")) as { pages: Array<{ id: string; summary: string }> };
  const seed = exported.pages.find((p) => p.id === SEED.id)!;
  await page.goto("/lookup/");
  await page.getByLabel("Error message or stack trace").fill(SEED_TRACE);
  const answer = page.locator(".matches > li").first().locator(".match-answer");
  await expect(answer).toBeVisible();
  await expect(answer.locator("p").first()).toHaveText(/^First: /);
  await expect(answer.locator("p").first()).toContainText(seed.summary.replace(/`/g, "").slice(0, 30));
  await expect(answer.locator("p").nth(1)).toHaveText(/^Try first: .+/);
});

test("on a routed site each match's answer comes from its answer file, after the data files", async ({ page }) => {
  // This repository's site is one file; a larger one is routed and spreads the answers over files (answers.ts). The same
  // pages are served here as a routed index: the page's manifest is swapped for it and its files answered from memory.
  const { buildLookupIndex } = await import("../../src/lookup/match/index.ts");
  const { lookupPages } = await import("../../src/entries/lookup-pages.ts");
  const { loadContent } = await import("../../src/entries/load-content.ts");
  const { isAnswerFile } = await import("../../src/lookup/match/answers.ts");
  const pages = lookupPages(loadContent("content").pages);
  const index = buildLookupIndex(pages, { forceRouted: true });
  expect(index.manifest.answers).toBeGreaterThan(0);
  const manifest = JSON.stringify(index.manifest).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  await page.route("**/lookup/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/data-lookup-manifest="[^"]*"/, `data-lookup-manifest="${manifest}"`);
    await route.fulfill({ response, body: html });
  });
  const fetched: string[] = [];
  await page.route(`**/lookup/${index.manifest.tag}/*.json`, async (route) => {
    const name =
      new URL(route.request().url()).pathname
        .split("/")
        .pop()
        ?.replace(/\.json$/, "") ?? "";
    fetched.push(name);
    const file = index.shards[name];
    await (file ? route.fulfill({ json: file }) : route.fulfill({ status: 404 }));
  });
  await page.goto("/lookup/");
  await page.getByLabel("Error message or stack trace").fill(SEED_TRACE);
  const first = page.locator(".matches > li").first();
  await expect(first.locator("a").first()).toHaveText(SEED.title);
  const seed = pages.find((p) => p.id === SEED.id);
  await expect(first.locator(".match-answer p").first()).toContainText((seed?.data.summary ?? "").slice(0, 30));
  await expect(first.locator(".match-answer p").nth(1)).toHaveText(/^Try first: .+/);
  expect(fetched[0]).toBe("router");
  expect(fetched.filter(isAnswerFile).length).toBeGreaterThan(0);
  // Answers are read after the data files, and a data file never carries them on a routed site.
  expect(fetched.findIndex(isAnswerFile)).toBeGreaterThan(fetched.findIndex((n) => /^\d+$/.test(n)));
});
