import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import base from "../../../playwright.config.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The base-path walk: a build made with ERRATA_BASE=/docs/errors/ (in E2E_BASE_DIST; `npm test` makes it),
 * served by `astro preview` under that path only, so a URL that forgets the base gets a 404.
 * Run: ERRATA_BASE=/docs/errors/ E2E_BASE_DIST=<dir> npx playwright test --config tests/e2e/base-path/playwright.config.ts
 */
const PORT = Number(process.env["E2E_BASE_PORT"] ?? 4331);
const DIST = process.env["E2E_BASE_DIST"];
if (!DIST) throw new Error("E2E_BASE_DIST must name a site built with ERRATA_BASE=/docs/errors/ (npm test builds one)");
export const BASE_PATH = "/docs/errors/";

export default defineConfig({
  ...base,
  testDir: ".",
  testIgnore: [],
  outputDir: "../../../test-results/base-path",
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}` },
  webServer: {
    command: `npx astro preview --outDir ${JSON.stringify(DIST)} --port ${PORT} --host 127.0.0.1 --force`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    cwd: ROOT,
    env: { ...process.env, ERRATA_BASE: BASE_PATH, ASTRO_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
