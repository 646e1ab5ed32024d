/**
 * The site built with base `/docs/errors/` and served only under that path: every page type, search,
 * lookup and a playground work, and no request the site makes leaves the base path or fails.
 * Selectors are roles and labels where possible, so the walk survives layout changes.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures.ts";

const BASE = "/docs/errors/";
const SEED_ID = "amazon-bedrock/stream-valueerror-bad-response-code";
const SEED_TITLE = "ValueError: Bad response code, expected 200 on an AnthropicBedrock stream";
const SEED_TRACE = readFileSync("tests/fixtures/traces/01-bedrock-valueerror-bad-response-code.txt", "utf8");

/** Records every same-origin request and its status; the test ends by asserting all stayed under BASE and succeeded. */
function watchRequests(page: Page): () => void {
  const seen: string[] = [];
  const origin = new URL(String(test.info().project.use.baseURL)).origin;
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    seen.push(`${response.status()} ${url.pathname}`);
  });
  return () => {
    const bad = seen.filter((line) => !line.split(" ")[1]!.startsWith(BASE) || !/^(200|304)/.test(line));
    expect(bad, "requests outside the base path, or failed").toEqual([]);
  };
}

async function hrefsOf(page: Page): Promise<string[]> {
  return page.locator("a[href], link[href]").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
}

test("every page type loads under the base path, and its links stay under it", async ({ page }) => {
  const done = watchRequests(page);
  const stops = ["", "errors/", "errors/amazon-bedrock/", `errors/${SEED_ID}/`, "platforms/amazon-bedrock/", "lookup/", "search/", "playground/"];
  for (const stop of stops) {
    const response = await page.goto(stop);
    expect(response?.status(), stop).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`${BASE}${stop}`);
    const internal = (await hrefsOf(page)).filter((href) => !/^(https?:|#|mailto:)/.test(href));
    expect(internal.length, `${stop}: internal links`).toBeGreaterThan(0);
    expect(
      internal.filter((href) => !href.startsWith(BASE)),
      `${stop}: links outside ${BASE}`,
    ).toEqual([]);
  }
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(new URL(canonical!).pathname).toBe(`${BASE}playground/`);
  // Browse by clicking, from home to the seed page.
  await page.goto("");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Browse" }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}errors/$`));
  await page.getByRole("link", { name: "Amazon Bedrock" }).first().click();
  await page.getByRole("link", { name: SEED_TITLE }).first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}errors/${SEED_ID}/$`));
  for (const file of ["errors.json", "sitemap-index.xml", "favicon.svg"]) expect((await page.request.get(file)).status(), file).toBe(200);
  const json = (await (await page.request.get("errors.json")).json()) as { pages: Array<{ url: string }> };
  expect(new URL(json.pages[0]!.url).pathname.startsWith(`${BASE}errors/`)).toBe(true);
  done();
});

test("the 404 page is served for a missing address and links back under the base path", async ({ page, consoleErrors }) => {
  const response = await page.goto("errors/no-such/page/");
  expect(response?.status()).toBe(404);
  const internal = (await hrefsOf(page)).filter((href) => !/^(https?:|#)/.test(href));
  expect(internal.length).toBeGreaterThan(0);
  expect(internal.filter((href) => !href.startsWith(BASE))).toEqual([]);
  await page.getByRole("main").getByRole("link", { name: "Browse" }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}errors/$`));
  expect(consoleErrors).toEqual([expect.stringContaining("status of 404")]);
  consoleErrors.length = 0;
});

test("full-text search loads Pagefind from the base path and links results under it", async ({ page }) => {
  const done = watchRequests(page);
  const pagefind: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/pagefind/")) pagefind.push(new URL(r.url()).pathname);
  });
  // A word from page bodies, not a signature: these results come from Pagefind.
  await page.goto("search/?q=credentials");
  const results = page.locator('main a[href*="/errors/"]');
  await expect(results.nth(2)).toBeVisible();
  const hrefs = await results.evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(2);
  expect(hrefs.filter((href) => !href.startsWith(`${BASE}errors/`))).toEqual([]);
  expect(pagefind.length).toBeGreaterThan(1);
  expect(pagefind.filter((path) => !path.startsWith(`${BASE}pagefind/`))).toEqual([]);
  await results.first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(`${BASE}errors/`)).toBe(true);
  done();
});

test("a full-text index in parts is searched whole: every category's filter, parts fetched under the base path", async ({ page }) => {
  // scripts/test-all.ts builds this site with ERRATA_SEARCH_PART_PAGES=16: its 61 pages make four Pagefind
  // bundles, and the pages sorted last (google-vertex/…) are only in the last two. Its ERRATA_FILE_LIMIT=100
  // makes every part bundle its result fragments: results still show their titles and excerpts.
  const done = watchRequests(page);
  const parts: string[] = [];
  const fragments: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/pagefind/part-")) parts.push(new URL(r.url()).pathname);
    if (r.url().includes("/fragment/")) fragments.push(new URL(r.url()).pathname);
  });
  await page.goto("search/?q=error");
  const category = page.locator(".search-filters select[name=category]");
  await expect(category.locator("option", { hasText: "Google Vertex AI" })).toHaveCount(1);
  await expect(category.locator("option", { hasText: "Amazon Bedrock" })).toHaveCount(1);
  expect(parts.some((p) => p.startsWith(`${BASE}pagefind/part-2/`))).toBe(true);
  await category.selectOption({ label: (await category.locator("option", { hasText: "Google Vertex AI" }).textContent())! });
  const results = page.locator('.search-results a[href*="/errors/google-vertex/"]');
  await expect(results.first()).toBeVisible();
  await expect(results.first()).not.toHaveText("");
  expect(fragments.length).toBeGreaterThan(0);
  expect(fragments.filter((f) => !/\/fragment\/en_group_[0-9a-f]+\.pf_fragment$/.test(f))).toEqual([]);
  done();
});

test("the lookup fetches its shards under the base path and links the match under it", async ({ page }) => {
  const done = watchRequests(page);
  const shards: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".json")) shards.push(new URL(r.url()).pathname);
  });
  await page.goto("lookup/");
  // This build reads every answer file before a paste (site.yml `lookup.answersFirst`, scripts/test-all.ts): the
  // index's data file and all answer files load with the page, and the paste adds no request.
  const manifest = JSON.parse((await page.locator("stack-lookup").getAttribute("data-lookup-manifest")) ?? "{}") as { routed?: boolean; answers?: number; answersFirst?: boolean };
  expect(manifest).toMatchObject({ routed: false, answersFirst: true });
  const before = ["0", ...Array.from({ length: manifest.answers ?? 0 }, (_, k) => `a${k}`)];
  await expect.poll(() => shards.map((s) => s.split("/").pop()).sort()).toEqual(before.map((name) => `${name}.json`).sort());
  await page.getByLabel("Error message or stack trace").fill(SEED_TRACE);
  const match = page.locator(`main a[href="${BASE}errors/${SEED_ID}/"]`).first();
  await expect(match).toHaveText(SEED_TITLE);
  await expect(page.locator("main .match-answer").first()).not.toBeEmpty();
  expect(shards).toHaveLength(before.length);
  expect(shards.filter((shard) => !shard.startsWith(`${BASE}lookup/`))).toEqual([]);
  await match.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}errors/${SEED_ID}/$`));
  done();
});

test("a playground replays under the base path and hands its error to the lookup there", async ({ page }) => {
  const done = watchRequests(page);
  await page.goto(`errors/${SEED_ID}/`);
  const playground = page.locator("decoder-playground");
  // "Build your own" folds away under the samples (issue 10): open it first.
  await playground.locator("details.pg-own > summary").click();
  await playground.getByRole("button", { name: "Build and replay" }).click();
  const find = playground.getByRole("link", { name: "Find this error in the lookup" });
  await expect(find).toHaveAttribute("href", new RegExp(`^${BASE}lookup/#q=`));
  await find.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}lookup/#q=`));
  await expect(page.locator(`main a[href="${BASE}errors/${SEED_ID}/"]`).first()).toBeVisible();
  done();
});
