/**
 * `npm test`: every test, in order, stopping at the first failure —
 *   1. lint (ESLint with type-checked rules, tests/lint/eslint.config.mjs), 2. format check (Prettier, settings in
 *   package.json, ignore list tests/lint/prettierignore), 3. unit tests (vitest) with V8 coverage of the cores, failing
 *   under the floors of tests/coverage-thresholds.ts, then the dead-export check (knip: no unused file, export or
 *   dependency), 4. type checks (astro check + tsc), 5. build the site (validate, Astro, Pagefind) — or reuse dist/
 *   when `npm run build` has just built it from the same inputs (src/build/build-stamp.ts; CI builds first, so it is
 *   not built twice), 6. whole-build tests (determinism, incremental: tests/build), 7. check its links, 8. browser
 *   tests (Playwright in Debian's Chromium) against that build, then 9–11: the same site built with base path /docs/errors/ into a
 *   temporary folder, its links checked, and a browser walk of it served under that path (tests/e2e/base-path/). That
 *   second build reads a copy of content/ whose site.yml also turns on `lookup.answersFirst`, so the walk checks it.
 * Without a Chromium it stops early and says how to get one.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { staleReason } from "../src/build/build-stamp.ts";

const chromium = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `npm test: no Chromium at ${chromium}. The browser tests use Debian's Chromium (Playwright cannot download one here).\n` +
      "Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "or point CHROMIUM_PATH at another Chromium binary, then run npm test again.",
  );
  process.exit(1);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
const BASE_PATH = "/docs/errors/";
const baseDist = join(mkdtempSync(join(tmpdir(), "errata-base-")), "dist");
// The second build also cuts its full-text index into parts of 16 pages, so the walk searches a merged index, and
// takes a host limit of 100 files, so each part's result fragments come bundled in shared files (fragment-budget.ts).
// It reads a copy of the content whose site.yml reads every answer file before a paste (`lookup.answersFirst`).
const baseContent = join(baseDist, "..", "content");
cpSync(process.env["ERRATA_CONTENT"] ?? "content", baseContent, { recursive: true });
appendFileSync(join(baseContent, "site.yml"), "\nlookup:\n  answersFirst: true\n");
const baseEnv = {
  ...env,
  ERRATA_CONTENT: baseContent,
  ERRATA_BASE: BASE_PATH,
  E2E_BASE_DIST: baseDist,
  ERRATA_SEARCH_PART_PAGES: "16",
  ERRATA_FILE_LIMIT: "100",
};
process.on("exit", () => rmSync(join(baseDist, ".."), { recursive: true, force: true }));
const steps: Array<[string, string[], NodeJS.ProcessEnv?]> = [
  ["lint", ["npm", "run", "--silent", "lint"]],
  ["format check", ["npm", "run", "--silent", "format:check"]],
  ["unit tests with coverage", ["npx", "vitest", "run", "--coverage"]],
  ["dead-export check", ["npm", "run", "--silent", "check:exports"]],
  ["type checks", ["npm", "run", "--silent", "typecheck"]],
  ["site build", ["npm", "run", "--silent", "build"]],
  ["whole-build tests", ["npx", "vitest", "run", "--config", "tests/build/vitest.config.ts"]],
  ["link check", ["npm", "run", "--silent", "check:links"]],
  ["browser tests", ["npx", "playwright", "test"]],
  [`site build with base ${BASE_PATH}`, ["npm", "run", "--silent", "build", "--", "--outDir", baseDist], baseEnv],
  [`link check under ${BASE_PATH}`, ["npm", "run", "--silent", "check:links", "--", baseDist], baseEnv],
  [`browser walk under ${BASE_PATH}`, ["npx", "playwright", "test", "--config", "tests/e2e/base-path/playwright.config.ts"], baseEnv],
];

for (const [name, [command, ...args], stepEnv = env] of steps) {
  if (name === "site build") {
    const stale = staleReason("dist");
    if (!stale) {
      console.log("\n▶ site build: dist/ is a fresh build of these inputs (npm run build just made it) — reusing it");
      continue;
    }
    console.log(`\n(building: ${stale})`);
  }
  console.log(`\n▶ ${name}: ${[command, ...args].join(" ")}`);
  const started = Date.now();
  const run = spawnSync(command!, args, { stdio: "inherit", env: stepEnv });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${run.status ?? run.signal}, ${seconds} s). Earlier steps passed; later steps did not run.`);
    process.exit(run.status ?? 1);
  }
  console.log(`✓ ${name} passed in ${seconds} s`);
}
console.log("\nAll tests passed.");
