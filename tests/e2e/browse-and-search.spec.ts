import { readFileSync } from "node:fs";
import { ARTIFACTS, expect, SEED, test } from "./fixtures.ts";

test("home → category → error page, with related links", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paste the error. Get the page that explains it.");
  await page
    .getByRole("link", { name: /Amazon Bedrock/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/errors\/amazon-bedrock\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Amazon Bedrock");
  await page.getByRole("link", { name: SEED.title }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED.url}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED.title);
  const headings = await page.locator("article h2").allTextContents();
  expect(headings[0]).toMatch(/^Try first /);
  expect(headings.slice(1)).toEqual([
    "What it means",
    "Why it happens",
    "How to diagnose",
    "Causes",
    "Fixes",
    "Playground: replay the failing bytes",
    "Platform notes",
    "Prevention",
    "FAQ",
    "Versions",
    "Sources",
  ]);
  const related = page.locator("#related + ul a");
  expect(await related.count()).toBeGreaterThanOrEqual(3);
  await related.first().click();
  await expect(page.locator("#related + ul")).toContainText(SEED.title);
});

test("searching a phrase of the seed signature finds the seed page", async ({ page }) => {
  // The header search box, on any page but home and search (which have their own, larger box).
  await page.goto("/errors/");
  await page.getByRole("searchbox", { name: "Search errors" }).fill("Bad response code expected 200");
  await page.getByRole("searchbox", { name: "Search errors" }).press("Enter");
  // With JavaScript the query travels in the fragment: no server ever sees it.
  await expect(page).toHaveURL(/\/search\/#q=Bad\+response\+code/);
  // The seed page is the signature match on top (a .match card), or the first full-text hit.
  const first = page.locator(".search-results .match a, .search-results .result a").first();
  await expect(first).toHaveText(SEED.title);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${SEED.url}$`));
});

test("the copy button copies the signature exactly", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(SEED.url);
  const signature = await page.locator("#signature").textContent();
  expect(signature).toMatch(/^ValueError: Bad response code, expected 200: \{'status_code': 400, 'headers': \{':exception-type': /);
  await page.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(page.getByRole("button", { name: "Copy to clipboard" })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(signature);
  await page.screenshot({ path: `${ARTIFACTS}/error-page.png`, fullPage: true });
});

test("an error page is readable without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SEED.url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED.title);
  await expect(page.locator(".first-fix")).toBeVisible();
  await expect(page.locator("#fixes + p + ol > li").first()).toBeVisible();
  await expect(page.locator("#faq + dl dt").first()).toBeVisible();
  // The copy button only appears when its script runs.
  await expect(page.getByRole("button", { name: "Copy to clipboard" })).toBeHidden();
  await context.close();
});

test("the 404 page offers the lookup, search and browse", async ({ page, consoleErrors }) => {
  const response = await page.goto("/errors/no-such/page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No page at this address");
  // Chromium logs the 404 status of the document itself; that one is expected here.
  expect(consoleErrors).toEqual([expect.stringContaining("status of 404")]);
  consoleErrors.length = 0;
});

test("home and category pages list every page, with a screenshot of each", async ({ page }) => {
  const exported = JSON.parse(readFileSync("dist/errors.json", "utf8")) as { categories: Array<{ id: string; title: string; pages: number }>; pages: unknown[] };
  await page.goto("/");
  await expect(page.locator(".hero p")).toContainText(`${exported.pages.length} pages`);
  for (const c of exported.categories) await expect(page.locator(".card-grid")).toContainText(`${c.title} ${c.pages} page`);
  await page.screenshot({ path: `${ARTIFACTS}/home.png`, fullPage: true });
  for (const c of exported.categories) {
    await page.goto(`/errors/${c.id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(c.title);
    await expect(page.locator(".page-list > li")).toHaveCount(c.pages);
    await page.screenshot({ path: `${ARTIFACTS}/category-${c.id}.png`, fullPage: true });
  }
});
