/**
 * Puts the error pages the build kept from the last one (src/build/page-cache.ts) into the output, in
 * `astro:build:done`, and keeps the ones Astro wrote for the next build. Listed in astro.config.mjs before the
 * CSP integration, which then adds every page's policy and `_headers` line as in a cold build; the sitemap lists the
 * kept pages through its `customPages` (`keptPageUrls`). Does nothing without the site build's plan (`astro dev`,
 * a bare `astro build`).
 */
import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { keptPages, PAGE_PLAN, type PagePlan } from "../build/page-cache.ts";
import { peekShared } from "../build/shared.ts";
import { createRoutes, pageFile } from "../routes.ts";

export default function keptPagesIntegration(): AstroIntegration {
  return {
    name: "errata:kept-pages",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const plan = peekShared<PagePlan>(PAGE_PLAN);
        if (!plan) return;
        const out = fileURLToPath(dir);
        for (const [id, key] of plan.keys) {
          const file = join(out, pageFile(id));
          if (plan.kept.has(id)) plan.cache.restore(key, file);
          else plan.cache.save(key, file);
        }
        const removed = plan.cache.prune();
        logger.info(`error pages: ${plan.kept.size} kept from the last build, ${plan.keys.size - plan.kept.size} written${removed ? `, ${removed} stale removed` : ""}`);
      },
    },
  };
}

/** The kept pages' absolute URLs, for the sitemap: Astro did not write them, so it does not list them. */
export function keptPageUrls(origin: string, base: string): string[] {
  const routes = createRoutes(base);
  return [...keptPages()].map((id) => routes.absolute(routes.page(id), origin));
}
