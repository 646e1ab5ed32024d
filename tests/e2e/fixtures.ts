/**
 * Shared e2e fixture: every test fails if any page it visits logs a console error or throws,
 * and artifacts (screenshots) go to tests/artifacts/.
 */
import { test as base, expect } from "@playwright/test";
import { mkdirSync } from "node:fs";

export const ARTIFACTS = "tests/artifacts";
mkdirSync(ARTIFACTS, { recursive: true });

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, "console errors on visited pages").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const SEED = {
  id: "amazon-bedrock/stream-valueerror-bad-response-code",
  url: "/errors/amazon-bedrock/stream-valueerror-bad-response-code/",
  title: "ValueError: Bad response code, expected 200 on an AnthropicBedrock stream",
};
