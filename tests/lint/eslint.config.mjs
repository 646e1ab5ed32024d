/**
 * ESLint for errata (`npm run lint`, run with `--config tests/lint/eslint.config.mjs` because the top level is
 * fixed). With `--config`, ESLint resolves `files` and `ignores` from the working directory, which `npm run` sets to
 * the repository root. TypeScript gets typescript-eslint's type-checked rules through the project service (the root
 * tsconfig.json); .astro files get eslint-plugin-astro's rules and the same type-aware rules on their frontmatter and
 * scripts. Formatting is Prettier's job: eslint-config-prettier comes last and turns off every stylistic rule.
 */
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import prettier from "eslint-config-prettier";
import globals from "globals";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

export default defineConfig(
  {
    ignores: ["tests/fixtures/**", "dist/**", ".astro/**", ".cache/**", "node_modules/**", "test-results/**", "playwright-report/**", "content/**", "public/**"],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
        extraFileExtensions: [".astro"],
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    // Rules turned off or adjusted, each with its reason:
    rules: {
      // The trace cleaner, the content checks, the Python codec models and the escapers match control characters on
      // purpose (nine places); the rule cannot tell that from an accident.
      "no-control-regex": "off",
      // `const { body: _body, ...rest } = x` is how the code drops one field; the rest sibling is the point.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // astro-eslint-parser has no project service; `project: true` finds the same root tsconfig.json. The template's
    // JSX element type comes from tests/lint/astro-jsx.d.ts (Astro declares it as `any`).
    files: ["**/*.astro"],
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    files: ["src/**/*.astro", "src/client/**", "src/layouts/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain browser JavaScript inlined raw into every page's <head>, with no types to check against.
    files: ["src/layouts/theme-script.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
