/**
 * Builds the Pagefind index as part of `astro build` (`astro:build:done`), so a bare `astro build` yields a
 * searchable site. `npm run build` indexes later instead, in a fresh process once the build's own has
 * exited (scripts/build.ts; see src/build/pagefind-index.ts for why).
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { indexLater, indexSite } from "../build/pagefind-index.ts";
import { recordPhase } from "../build/timings.ts";

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "errata:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (indexLater()) return;
        const started = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        recordPhase("pagefind", performance.now() - started);
        logger.info(`Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
