/**
 * Builds the Pagefind index as part of `astro build` (`astro:build:done`), through Pagefind's
 * Node API rather than a separate CLI step, so `npm run build` yields a searchable site.
 * Only elements marked `data-pagefind-body` (the error article) are indexed; every response's
 * `errors` array is checked (Starlight's integrations/pagefind.ts is the model).
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { recordPhase } from "../build/timings.ts";

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join("\n")}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "errata:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await pagefind.createIndex({});
          check("createIndex", created);
          const index = created.index!;
          const added = await index.addDirectory({ path: site });
          check("addDirectory", added);
          check("writeFiles", await index.writeFiles({ outputPath: `${site.replace(/\/$/, "")}/pagefind` }));
          recordPhase("pagefind", performance.now() - started);
          logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } catch (error) {
          throw new Error("Building the Pagefind search index failed", { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
