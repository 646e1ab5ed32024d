/**
 * The error page, answer first: positions measured with getBoundingClientRect on every page of the
 * site, the table of contents following the scroll, copy buttons on code, language tabs (keyboard,
 * remembered), and inline Markdown titles rendered as code on the page and as plain text elsewhere.
 */
import { readFileSync, statSync } from "node:fs";
import { expect, test } from "./fixtures.ts";

interface Exported {
  pages: Array<{ id: string; url: string; title: string }>;
}
const exported = JSON.parse(readFileSync("dist/errors.json", "utf8")) as Exported;
const path = (url: string) => new URL(url).pathname;
const RATE_LIMIT = "/errors/anthropic-api/rate-limit-error-429/";
const TOOL_USE = "/errors/anthropic-api/tool-use-without-tool-result/";

for (const size of [
  { name: "desktop", width: 1280, height: 800, screens: 1 },
  { name: "phone", width: 390, height: 844, screens: 2 },
]) {
  test(`${size.name}: on every error page the first fix's title and the start of its code are within ${size.screens} screen(s)`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    const limit = size.height * size.screens;
    const late: string[] = [];
    for (const p of exported.pages) {
      await page.goto(path(p.url));
      const title = await page.locator("#fix-1").boundingBox();
      const hasCode = (await page.locator(".first-fix pre").count()) > 0;
      const code = hasCode ? await page.locator(".first-fix pre").first().boundingBox() : null;
      const summary = await page.locator(".summary").boundingBox();
      expect(title, p.id).not.toBeNull();
      expect(summary!.y, `${p.id}: the summary comes before the first fix`).toBeLessThan(title!.y);
      if (title!.y + title!.height > limit) late.push(`${p.id}: fix title ends at ${Math.round(title!.y + title!.height)} px`);
      // "The start of its code": its first two lines (about 3 em) are on screen.
      if (code && code.y + 48 > limit) late.push(`${p.id}: code starts at ${Math.round(code.y)} px`);
    }
    expect(late).toEqual([]);
  });
}

test("the table of contents marks the section being read", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(RATE_LIMIT);
  const current = page.locator(".toc a[aria-current]");
  await expect(current).toHaveText("Try first");
  await page.locator("#faq").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById("faq")!.scrollIntoView({ block: "start" }));
  await expect(current).toHaveText("FAQ");
  await expect(current).toHaveCount(1);
  await page.evaluate(() => document.getElementById("causes")!.scrollIntoView({ block: "start" }));
  await expect(current).toHaveText("Causes");
});

test("every code block has a copy button that copies exactly its code", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(RATE_LIMIT);
  const blocks = page.locator("article pre.shiki");
  const count = await blocks.count();
  expect(count).toBeGreaterThan(2);
  await expect(page.locator("article .code-copy")).toHaveCount(count);
  const first = page.locator(".first-fix pre.shiki").first();
  await page.getByRole("button", { name: "Copy the Python code" }).first().click();
  await expect(page.getByRole("button", { name: "Copy the Python code" }).first()).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await first.textContent());
  await expect(page.locator("#copy-status")).toHaveText("Copied to clipboard");
});

test("snippets in several languages are tabs: arrow keys switch, the choice is remembered on other pages", async ({ page }) => {
  await page.goto(RATE_LIMIT);
  const tabs = page.locator(".first-fix [role=tablist]").first();
  await expect(tabs.getByRole("tab")).toHaveText(["Python", "TypeScript"]);
  await expect(tabs.getByRole("tab", { name: "Python" })).toHaveAttribute("aria-selected", "true");
  const pythonPanel = page.locator(".first-fix [role=tabpanel]").first();
  await expect(pythonPanel).toBeVisible();
  // Keyboard only: focus the selected tab, then ArrowRight.
  await tabs.getByRole("tab", { name: "Python" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(tabs.getByRole("tab", { name: "TypeScript" })).toBeFocused();
  await expect(tabs.getByRole("tab", { name: "TypeScript" })).toHaveAttribute("aria-selected", "true");
  await expect(pythonPanel).toBeHidden();
  await expect(page.locator(".first-fix [role=tabpanel]:visible")).toContainText("maxRetries");
  // Only the selected tab is in the Tab order (roving tabindex).
  await expect(tabs.getByRole("tab", { name: "Python" })).toHaveAttribute("tabindex", "-1");
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await expect(tabs.getByRole("tab", { name: "Python" })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(tabs.getByRole("tab", { name: "TypeScript" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  // Remembered: another page with Python/TypeScript tabs opens on TypeScript.
  await page.goto("/errors/anthropic-sdk/api-timeout-error/");
  const other = page
    .locator("[role=tablist]")
    .filter({ has: page.getByRole("tab", { name: "TypeScript" }) })
    .first();
  await expect(other.getByRole("tab", { name: "TypeScript" })).toHaveAttribute("aria-selected", "true");
});

test("an error page names each tag once, though its tool is one of its platforms too", async ({ page }) => {
  await page.goto(RATE_LIMIT);
  const tags = await page.locator(".meta-line .tag").allTextContents();
  expect(tags).toContain("Anthropic API");
  expect(new Set(tags).size).toBe(tags.length);
});

test("without JavaScript every snippet shows, captioned, with no dead buttons", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(RATE_LIMIT);
  await expect(page.locator(".first-fix .code-sample")).toHaveCount(2);
  await expect(page.locator(".first-fix .code-label")).toHaveText(["Python", "TypeScript"]);
  await expect(page.locator("[role=tab], .code-copy")).toHaveCount(0);
  await context.close();
});

test("inline Markdown in titles and FAQ questions: code on the page, plain text in <title>, Open Graph, JSON-LD and listings", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(TOOL_USE);
  await expect(page.locator("h1 code").first()).toHaveText("tool_use");
  await expect(page.locator("h1")).not.toContainText("`");
  expect(await page.title()).toBe("tool_use ids were found without tool_result blocks immediately after · errata");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /^tool_use ids were found without tool_result/);
  const backticks: string[] = [];
  for (const p of exported.pages) {
    await page.goto(path(p.url));
    // Question names must be plain; an answer may quote an API message that itself contains backticks.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { mainEntity: Array<{ name: string }> };
    if (ld.mainEntity.some((q) => q.name.includes("`"))) backticks.push(`${p.id}: JSON-LD`);
    if ((await page.title()).includes("`")) backticks.push(`${p.id}: <title>`);
    if ((await page.locator("h1").textContent())!.includes("`")) backticks.push(`${p.id}: h1`);
    if ((await page.locator(".faq dt").allTextContents()).some((q) => q.includes("`"))) backticks.push(`${p.id}: FAQ`);
  }
  for (const url of ["/", "/errors/anthropic-api/", "/platforms/google-vertex-ai/", "/playground/"]) {
    await page.goto(url);
    const titles = await page.locator(".page-list a, .related-list a").allTextContents();
    if (titles.some((t) => t.includes("`"))) backticks.push(`${url}: listing`);
  }
  expect(backticks).toEqual([]);
});

test("error pages load one small script file, shared by every error page, and inline only the theme script", async ({ page }) => {
  const loaded: string[][] = [];
  for (const url of [RATE_LIMIT, TOOL_USE]) {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    const scripts = requests.filter((p) => p.endsWith(".js"));
    // The page script alone (copy buttons, code tabs, the table of contents): no lookup, search or playground code.
    expect(scripts).toHaveLength(1);
    expect(statSync(`dist${scripts[0]!}`).size, scripts[0]).toBeLessThanOrEqual(4096);
    loaded.push(scripts);
    const html = readFileSync(`dist${url}index.html`, "utf8");
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((s) => !s[1]!.includes("application/ld+json") && !s[1]!.includes("src="));
    expect(inline).toHaveLength(1);
    // Minified once per build (src/layouts/inline-theme.ts): its source is about 1,480 bytes without comments.
    expect(inline[0]![2]!.length, "the theme script in <head>").toBeLessThan(1200);
    page.removeAllListeners("request");
  }
  // One file for every error page, so the browser's cache serves it after the first.
  expect(loaded[1]).toEqual(loaded[0]);
});
