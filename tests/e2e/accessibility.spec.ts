/**
 * axe-core on every page type, in the light and the dark theme: 0 violations. Pages with results
 * (search, lookup) are checked with results on screen, since that is what people use.
 */
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures.ts";
import { PAGE_TYPES } from "./page-types.ts";

for (const scheme of ["light", "dark"] as const) {
  for (const type of PAGE_TYPES) {
    test(`axe: ${type.name} in ${scheme} has no violations`, async ({ page, consoleErrors }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(type.url);
      if (type.name === "search") await expect(page.locator(".search-results .result").first()).toBeVisible();
      if (type.name === "lookup") {
        await page.getByLabel("Error message or stack trace").fill(readFileSync("tests/fixtures/traces/01-bedrock-valueerror-bad-response-code.txt", "utf8"));
        await expect(page.locator(".matches > li").first()).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(" | ")}`,
      );
      expect(summary).toEqual([]);
      if (type.name === "not-found") consoleErrors.length = 0;
    });
  }
}
