/**
 * State in the URL fragment (restored on Back and reload on home, search and lookup), the "/" key,
 * and the search results: excerpts from the article text only, one filter row with one spelling
 * per tool, and a high signature match shown above the full-text hits, under its own heading.
 */
import { readFileSync } from "node:fs";
import { expect, SEED, test } from "./fixtures.ts";

const SEED_TRACE = readFileSync("tests/fixtures/traces/01-bedrock-valueerror-bad-response-code.txt", "utf8");

for (const where of [
  { name: "home", url: "/", box: "Error message or stack trace", results: ".search-results .match, .search-results .result" },
  { name: "search", url: "/search/", box: "Error message or stack trace", results: ".search-results .match, .search-results .result" },
  { name: "lookup", url: "/lookup/", box: "Error message or stack trace", results: ".matches > li" },
]) {
  test(`${where.name}: the query lives in the fragment and comes back on Back and on reload`, async ({ page }) => {
    const sent: string[] = [];
    page.on("request", (r) => sent.push(r.url()));
    await page.goto(where.url);
    await page.getByLabel(where.box).fill(SEED_TRACE);
    const first = page.locator(where.results).first();
    await expect(first).toBeVisible();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#q=/);
    expect(new URL(page.url()).search).toBe("");
    // The fragment is never part of a request.
    expect(sent.filter((u) => u.includes("Bad") || u.includes("response+code") || u.includes("%20code"))).toEqual([]);
    await first.locator("a").first().click();
    await expect(page).toHaveURL(new RegExp(`${SEED.url}`));
    await page.goBack();
    await expect(page.getByLabel(where.box)).toHaveValue(SEED_TRACE);
    await expect(page.locator(where.results).first()).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(where.box)).toHaveValue(SEED_TRACE);
    await expect(page.locator(where.results).first()).toContainText(SEED.title);
  });
}

test("search: a chosen filter is kept in the fragment and restored on reload", async ({ page }) => {
  await page.goto("/search/#q=credentials");
  await expect(page.locator(".search-results .result").first()).toBeVisible();
  await page.locator("#filter-category").selectOption("Amazon Bedrock");
  await expect.poll(() => page.evaluate(() => location.hash)).toContain("category=Amazon+Bedrock");
  await page.reload();
  await expect(page.locator("#filter-category")).toHaveValue("Amazon Bedrock");
  await expect(page.getByLabel("Error message or stack trace")).toHaveValue("credentials");
});

test("'/' focuses the search box from any page, but not while typing in a field", async ({ page }) => {
  for (const [url, box] of [
    ["/errors/anthropic-api/rate-limit-error-429/", "#header-q"],
    ["/", "#q-home"],
    ["/search/", "#q-page"],
    ["/lookup/", "#paste"],
    ["/playground/", "#header-q"],
  ] as const) {
    await page.goto(url);
    await page.keyboard.press("/");
    await expect(page.locator(box), url).toBeFocused();
    await expect(page.locator(box)).toHaveValue("");
    await page.keyboard.type("a/b");
    await expect(page.locator(box)).toHaveValue("a/b");
  }
});

test("search: excerpts come from the article text, one filter row, one spelling per tool", async ({ page }) => {
  await page.goto("/search/#q=credentials");
  const results = page.locator(".fulltext-results .result, .signature-results .match");
  await expect(results.first()).toBeVisible();
  const excerpts = await page.locator(".fulltext-results .result p").allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const text of excerpts) expect(text).not.toMatch(/\bCopy\b|Also seen as|Try first|Shown at the top/);
  // Type more: the filter row is drawn once, however many searches ran.
  await page.getByLabel("Error message or stack trace").pressSequentially(" missing", { delay: 20 });
  await expect(page.locator(".search-status")).toContainText("result");
  await expect(page.locator(".search-filters select")).toHaveCount(3);
  const tools = (await page.locator("#filter-tool option").allTextContents()).slice(1).map((t) => t.replace(/ \(\d+\)$/, ""));
  const keys = tools.map((t) =>
    t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim(),
  );
  expect(new Set(keys).size).toBe(keys.length);
  expect(
    tools.some((t) => /\(|\band\b.*SDKs/.test(t)),
    tools.join(" | "),
  ).toBe(false);
});

test("a high signature match stands on top; the full-text hits follow under their own heading", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Error message or stack trace").fill(SEED_TRACE);
  const best = page.locator(".signature-results");
  await expect(best.getByRole("heading")).toHaveText("The page for this error");
  await expect(best.locator(".match")).toHaveCount(1);
  await expect(best.locator(".confidence")).toHaveText("high");
  const other = page.locator(".fulltext-results");
  await expect(other.getByRole("heading")).toHaveText("Other pages with these words");
  const a = (await best.boundingBox())!;
  const b = (await other.boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
  await expect(other.locator(".result a", { hasText: SEED.title })).toHaveCount(0);
});
