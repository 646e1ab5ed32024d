/**
 * Finding 2: every page type is served with its strict Content-Security-Policy (meta tag written by
 * src/integrations/csp.ts) and nothing on it — inline scripts, styles, search (WebAssembly), lookup,
 * playground — is blocked by it. A blocked resource fires `securitypolicyviolation` and logs a console
 * error; either fails the test.
 */
import { readdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, SEED, test } from "./fixtures.ts";

/** Records violation events from the first script on, before any page script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleCsp: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) consoleCsp.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
  });
  return async () => [...consoleCsp, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

async function expectStrictPolicy(page: Page): Promise<void> {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toMatch(/^default-src 'self'; script-src 'self'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toMatch(/'unsafe-eval'/);
}

const category = readdirSync("dist/errors", { withFileTypes: true }).find((e) => e.isDirectory())!.name;
const platform = readdirSync("dist/platforms", { withFileTypes: true }).find((e) => e.isDirectory())!.name;
const plainPage = readdirSync(`dist/errors/anthropic-api`, { withFileTypes: true }).find((e) => e.isDirectory())!.name;

const PAGES = ["/", "/errors/", `/errors/${category}/`, `/errors/anthropic-api/${plainPage}/`, SEED.url, `/platforms/${platform}/`, "/playground/", "/lookup/", "/search/"];

for (const path of PAGES) {
  test(`no CSP violation on ${path}`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expectStrictPolicy(page);
    expect(await violations()).toEqual([]);
  });
}

test("no CSP violation when searching, looking up, replaying and copying", async ({ page, context, consoleErrors }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const violations = await watchViolations(page);
  await page.goto("/search/?q=Bad+response+code");
  // The search ran (signature matches and Pagefind): the seed page is among the results.
  await expect(page.locator(".search-results a", { hasText: SEED.title }).first()).toBeVisible();
  await page.goto("/lookup/");
  await page.getByLabel("Error message or stack trace").fill("ValueError: Bad response code, expected 200: {'status_code': 400}");
  await expect(page.locator(".matches > li a").first()).toBeVisible();
  await page.goto(SEED.url);
  await page.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(page.getByRole("button", { name: "Copy to clipboard" })).toHaveText("Copied");
  await page.locator("decoder-playground").getByLabel("throttlingException after two chunks").check();
  await expect(page.locator("decoder-playground .outcome.ok")).toContainText("retried");
  const response = await page.goto("/errors/no-such/page/");
  expect(response?.status()).toBe(404);
  await expectStrictPolicy(page);
  expect(await violations()).toEqual([]);
  // Chromium logs the 404 status of the document itself; that one is expected here.
  expect(consoleErrors).toEqual([expect.stringContaining("status of 404")]);
  consoleErrors.length = 0;
});
