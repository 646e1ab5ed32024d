import { defineConfig } from "@playwright/test";

/**
 * Browser tests against the built site (`dist/`, served by `astro preview`), in Debian's
 * Chromium: Playwright cannot download its own browser here. `npm test` builds first.
 * The flags keep Chromium off the network: no background networking, component updates, sync or QUIC.
 */
const PORT = Number(process.env["E2E_PORT"] ?? 4329);

export default defineConfig({
  testDir: "tests/e2e",
  // The base-path walk runs against its own build and server (tests/e2e/base-path/playwright.config.ts).
  testIgnore: "base-path/**",
  outputDir: "test-results",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env["CI"]),
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    // --force: Astro 7 refuses to start a second preview server; the tests need their own.
    command: `npm run preview -- --port ${PORT} --force`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
