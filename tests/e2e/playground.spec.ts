import { ARTIFACTS, expect, SEED, test } from "./fixtures.ts";

const THROTTLING_BEFORE = `ValueError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'throttlingException', ':content-type': 'application/json', ':message-type': 'exception'}, 'body': b'{"message":"Too many tokens, please wait before trying again."}'}`;

test("the seed page replays the throttling sample: the exact ValueError before, retried after", async ({ page }) => {
  const requests: string[] = [];
  await page.goto(SEED.url);
  await page.waitForLoadState("networkidle");
  page.on("request", (r) => requests.push(r.url()));
  const playground = page.locator("decoder-playground");
  // Keyboard only: focus the first sample radio, arrow to the throttling one.
  await playground.getByLabel("internalServerException after two chunks").focus();
  await page.keyboard.press("ArrowDown");
  await expect(playground.getByLabel("throttlingException after two chunks")).toBeChecked();
  await expect(playground.locator(".outcome.err .outcome-line")).toHaveText(THROTTLING_BEFORE);
  const after = playground.locator(".outcome.ok");
  await expect(after).toContainText("retried, then succeeded");
  await expect(after.locator(".attempts li")).toHaveCount(2);
  await expect(playground.locator(".frame").nth(2)).toContainText("throttlingException");
  await page.screenshot({ path: `${ARTIFACTS}/playground-throttling.png`, fullPage: true });
  // Only the page's own script chunks may load; nothing is sent anywhere.
  expect(requests.filter((u) => !new URL(u).pathname.startsWith("/_astro/"))).toEqual([]);

  await playground.getByRole("link", { name: "Find this error in the lookup" }).click();
  await expect(page).toHaveURL(/\/lookup\/#q=/);
  await expect(page.locator(".matches > li a").first()).toHaveText(SEED.title);
});

test("a frame built in the browser replays through the client", async ({ page }) => {
  await page.goto(SEED.url);
  const playground = page.locator("decoder-playground");
  await playground.getByRole("combobox", { name: "Type", exact: true }).selectOption("serviceUnavailableException");
  await playground.getByRole("textbox", { name: "Message", exact: true }).fill("Bedrock is busy");
  await playground.getByRole("button", { name: "Build and replay" }).click();
  await expect(playground.locator(".outcome.err .outcome-line")).toContainText(`':exception-type': 'serviceUnavailableException'`);
  await expect(playground.locator(".outcome.err .outcome-line")).toContainText(`b'{"message":"Bedrock is busy"}'`);
});

test("the playground reads without JavaScript: the first sample is rendered at build time", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SEED.url);
  await expect(page.locator(".pg-controls")).toBeHidden();
  await expect(page.locator(".outcome.err .outcome-line")).toContainText("ValueError: Bad response code, expected 200: {'status_code': 400");
  await context.close();
});

test("pages without a playground load no playground code", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
  await page.goto("/errors/anthropic-api/rate-limit-error-429/");
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual([]);
});
