/**
 * Finding 7: every playground path (sample, build your own, paste, file) either shows its result or
 * shows its error and clears the previous result — nothing fails silently, nothing stale stays.
 */
import { expect, SEED, test } from "./fixtures.ts";

test("a built frame whose message holds a lone surrogate replays, with a working lookup link", async ({ page }) => {
  // boto3 puts the message into its error text as is, so the lone surrogate reaches the lookup link.
  await page.goto("/errors/amazon-bedrock/eventstream-error-throttling/");
  const playground = page.locator("decoder-playground");
  // "Build your own" folds away under the samples (issue 10): open it first.
  await playground.locator("details.pg-own > summary").click();
  await playground.getByRole("textbox", { name: "Message", exact: true }).evaluate((input: HTMLInputElement) => {
    input.value = "busy \ud800 now";
  });
  await playground.getByRole("button", { name: "Build and replay" }).click();
  await expect(playground.locator(".pg-status")).toContainText("Showing:");
  await expect(playground.locator(".pg-error")).toHaveCount(0);
  const href = await playground.locator(".lookup-link").first().getAttribute("href");
  expect(href).toMatch(/^\/lookup\/#q=.*busy%20%EF%BF%BD%20now/);
});

test("a file over the cap shows an error and clears the old result", async ({ page }) => {
  await page.goto(SEED.url);
  const playground = page.locator("decoder-playground");
  await expect(playground.locator(".pg-view .outcome")).not.toHaveCount(0);
  await playground.locator('input[name="file"]').setInputFiles({ name: "huge.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(9 * 1024 * 1024) });
  await expect(playground.getByRole("alert")).toContainText("huge.bin is 9437184 bytes");
  await expect(playground.locator(".pg-view .outcome")).toHaveCount(0);
});

test("an unreadable paste shows an error and clears the old result", async ({ page }) => {
  await page.goto(SEED.url);
  const playground = page.locator("decoder-playground");
  await playground.locator("details.pg-own > summary").click();
  await playground.locator('textarea[name="paste"]').fill("this is not hex ~~~");
  await playground.getByRole("button", { name: "Replay pasted" }).click();
  await expect(playground.getByRole("alert")).toContainText(/neither .*hex nor base64/);
  await expect(playground.locator(".pg-view .outcome")).toHaveCount(0);
});

test("a small junk file replays to a decoder error that is shown", async ({ page }) => {
  await page.goto(SEED.url);
  const playground = page.locator("decoder-playground");
  await playground
    .locator('input[name="file"]')
    .setInputFiles({ name: "junk.bin", mimeType: "application/octet-stream", buffer: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]) });
  await expect(playground.locator(".pg-status")).toContainText("junk.bin");
  await expect(playground.locator(".pg-view .outcome").first()).toBeVisible();
});
