/**
 * Phones and screenshots: no page type is wider than the screen at 320, 390 and 768 px (long
 * signatures and code wrap or scroll inside their own box), and every page type is photographed at
 * desktop and phone sizes in light and dark into tests/artifacts/ for a person to look at.
 */
import { ARTIFACTS, expect, test } from "./fixtures.ts";
import { PAGE_TYPES, WIDTHS } from "./page-types.ts";

for (const type of PAGE_TYPES) {
  test(`${type.name}: no horizontal overflow at ${WIDTHS.join(", ")} px`, async ({ page, consoleErrors }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(type.url);
      if (type.name === "search") await expect(page.locator(".search-results .result").first()).toBeVisible();
      const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth }));
      // Name the widest elements when it fails, so the message says what to fix.
      const culprits = await page.evaluate((view) => {
        const clipped = (e: Element): boolean => {
          for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true;
          return false;
        };
        return [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > view + 0.5 && !clipped(e))
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} "${(e.textContent ?? "").slice(0, 30)}" → ${Math.round(e.getBoundingClientRect().right)}`);
      }, widths.view);
      expect({ width, scrollWidth: widths.doc, body: widths.body, culprits }).toEqual({ width, scrollWidth: width, body: width, culprits: [] });
    }
    if (type.name === "not-found") consoleErrors.length = 0;
  });
}

const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

for (const type of PAGE_TYPES) {
  test(`screenshots: ${type.name} at desktop and phone sizes, light and dark`, async ({ page, consoleErrors }) => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(type.url);
        if (type.name === "search") await expect(page.locator(".search-results .result").first()).toBeVisible();
        // The first screen is what the answer-first layout is about; the full page shows the rest.
        await page.screenshot({ path: `${ARTIFACTS}/${type.name}-${size.name}-${scheme}.png` });
        await page.screenshot({ path: `${ARTIFACTS}/${type.name}-${size.name}-${scheme}-full.png`, fullPage: true });
      }
    }
    if (type.name === "not-found") consoleErrors.length = 0;
  });
}
