import { defineConfig } from "vitest/config";

// Unit tests only: Playwright specs live in tests/e2e and run through `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
  },
});
