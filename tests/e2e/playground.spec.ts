import { readFileSync } from "node:fs";
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
  expect(requests.filter((u) => !new URL(u).pathname.startsWith("/_astro/") && !u.endsWith("/favicon.svg"))).toEqual([]);

  await playground.getByRole("link", { name: "Find this error in the lookup" }).click();
  await expect(page).toHaveURL(/\/lookup\/#q=/);
  await expect(page.locator(".matches > li a").first()).toHaveText(SEED.title);
});

test("a frame built in the browser replays through the client", async ({ page }) => {
  await page.goto(SEED.url);
  const playground = page.locator("decoder-playground");
  await playground.locator(".pg-own > summary").click();
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
  const scripts: { url: string; bytes: number }[] = [];
  page.on("response", async (r) => r.request().resourceType() === "script" && scripts.push({ url: r.url(), bytes: (await r.body()).length }));
  await page.goto("/errors/anthropic-api/rate-limit-error-429/");
  await page.waitForLoadState("networkidle");
  // The error page's own small script only (the playground's code is over 70 KB).
  expect(scripts).toHaveLength(1);
  expect(scripts[0]!.bytes, scripts[0]!.url).toBeLessThanOrEqual(4096);
});

for (const size of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`${size.name}: the outcome is right under the sample controls, and on screen after a replay`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(SEED.url);
    const playground = page.locator("decoder-playground");
    const samples = (await playground.locator(".pg-controls fieldset").first().boundingBox())!;
    const status = (await playground.locator(".pg-status").boundingBox())!;
    const outcome = (await playground.locator(".outcome").first().boundingBox())!;
    // Between the sample list and the first outcome: only the folded "your own bytes" line and the status line.
    expect(status.y - (samples.y + samples.height)).toBeLessThan(100);
    expect(outcome.y - (status.y + status.height)).toBeLessThan(60);
    // Replaying pasted bytes from the (opened) paste box brings the outcome on screen.
    await playground.locator(".pg-own > summary").click();
    await playground.locator("textarea[name=paste]").fill(readFileSync("tests/fixtures/dumps/sample.xxd", "utf8"));
    await playground.getByRole("button", { name: "Replay pasted" }).click();
    await expect(playground.locator(".pg-status")).toContainText("1607 bytes");
    await expect
      .poll(async () => {
        const box = (await playground.locator(".outcome").first().boundingBox())!;
        return box.y >= 0 && box.y + 40 <= size.height;
      })
      .toBe(true);
  });
}

test("pasted xxd and hexdump -C dumps replay like hex; a bad paste clears the previous result", async ({ page }) => {
  await page.goto(SEED.url);
  const playground = page.locator("decoder-playground");
  await playground.locator(".pg-own > summary").click();
  const box = playground.locator("textarea[name=paste]");
  for (const file of ["sample.xxd", "sample.hexdump-c"]) {
    await box.fill(readFileSync(`tests/fixtures/dumps/${file}`, "utf8"));
    await playground.getByRole("button", { name: "Replay pasted" }).click();
    await expect(playground.locator(".pg-status")).toContainText("Your pasted bytes — 1607 bytes");
    await expect(playground.locator(".outcome.ok").first()).toBeVisible();
  }
  await box.fill("this is not bytes at all!");
  await playground.getByRole("button", { name: "Replay pasted" }).click();
  await expect(playground.locator(".pg-error")).toContainText("neither a hex dump");
  await expect(playground.locator(".pg-view")).toBeEmpty();
  await expect(playground.locator(".outcome")).toHaveCount(0);
  // A damaged dump names its line.
  const lines = readFileSync("tests/fixtures/dumps/sample.xxd", "utf8").split("\n");
  lines.splice(2, 1);
  await box.fill(lines.join("\n"));
  await playground.getByRole("button", { name: "Replay pasted" }).click();
  await expect(playground.locator(".pg-error")).toContainText("line 3: offset 00000030 does not follow");
});
