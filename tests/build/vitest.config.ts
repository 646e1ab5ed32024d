import { defineConfig } from "vitest/config";

// Whole-build tests (several `npm run build`s of a small site): run by `npm test` as their own step,
// outside the unit tests, because each takes tens of seconds.
export default defineConfig({
  test: {
    include: ["tests/build/**/*.test.ts"],
    environment: "node",
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
