import { defineConfig } from "vitest/config";
import { CORES, coverageThresholds } from "./tests/coverage-thresholds.ts";

// Unit tests only: Playwright specs live in tests/e2e and run through `npm run test:e2e`.
// Coverage (`vitest run --coverage`, the unit step of `npm test`) is measured on the four pure cores only,
// against the per-folder floors of tests/coverage-thresholds.ts.

// V8 coverage slows hot code; the tests' time budgets read this flag and widen (tests/unit/time-budget.ts).
const coverage = process.argv.some((arg) => arg === "--coverage" || arg.startsWith("--coverage.enabled") || arg === "--coverage=true");

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    env: { ERRATA_COVERAGE: coverage ? "1" : "" },
    coverage: {
      provider: "v8",
      include: CORES.map((core) => `${core}/**/*.ts`),
      // The report goes under node_modules/ (ignored by git): the top level of the repository is fixed.
      reportsDirectory: "node_modules/.cache/coverage",
      reporter: ["text-summary", "json-summary"],
      reportOnFailure: true,
      thresholds: coverageThresholds,
    },
  },
});
