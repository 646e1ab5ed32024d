/**
 * A bare `astro build` / `astro dev` (not `npm run build`) must give code that runs outside Vite in the same process
 * — the content pipeline's internal links and render cache — the configured base: astro.config.mjs declares it.
 * Before, `ERRATA_BASE=/docs/errors/ npx astro build` wrote 17 body links without the base.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

describe("astro.config.mjs", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    delete (globalThis as { __errataBase?: string }).__errataBase;
  });

  it("declares the site's base path to the routes module", async () => {
    vi.stubEnv("ERRATA_BASE", "/docs/errors/");
    const config = (await import("../../../astro.config.mjs")).default;
    expect(config.base).toBe("/docs/errors/");
    expect((globalThis as { __errataBase?: string }).__errataBase).toBe("/docs/errors/");
  });
});
