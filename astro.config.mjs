// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import buildPhases from "./src/integrations/build-phases.ts";
import codeStyles from "./src/integrations/code-styles.ts";
import devContentReload from "./src/integrations/dev-content-reload.ts";
import fileCount from "./src/integrations/file-count.ts";
import keptPages, { keptPageUrls } from "./src/integrations/kept-pages.ts";
import csp from "./src/integrations/csp.ts";
import pagefind from "./src/integrations/pagefind.ts";
import { createRoutes, declareBuildBase } from "./src/routes.ts";
import { contentDir, siteConfig } from "./src/site-config.ts";

// content/site.yml (with ERRATA_SITE / ERRATA_BASE overrides): the public origin and the base path.
const site = siteConfig();
// Astro lets a process environment variable named like an `import.meta.env` key win over its own value in
// server code, so a stray BASE_URL (vitest sets one) would replace the base in src/routes.ts: drop it.
delete process.env["BASE_URL"];
// Code that runs in this process outside Vite (the content pipeline's render cache and internal links, loaded by
// integrations) reads the base from here; `npm run build` declares it the same way (scripts/build.ts).
declareBuildBase(site.base);

export default defineConfig({
  site: site.origin,
  base: site.base,
  trailingSlash: "always",
  // kept-pages before csp: the error pages linked in from the last build get their policy like the others.
  integrations: [
    buildPhases(),
    codeStyles(),
    keptPages(),
    sitemap({ filter: (page) => !page.includes(createRoutes(site.base).search()), customPages: keptPageUrls(site.origin, site.base) }),
    csp(),
    pagefind(),
    fileCount(),
  ],
  // Pages render their own highlighted HTML (src/entries/render.ts); Astro's Markdown is unused.
  devToolbar: { enabled: false },
  build: { inlineStylesheets: "auto" },
  server: { host: "127.0.0.1" },
  // Scripts go to files, never inline (Vite inlines assets under 4 KB by default): the error page's 3.3 KB script is
  // then fetched once and cached for every other page, instead of being repeated in each page's HTML (issue 12's
  // HTML budget). The theme script stays inline (`is:inline`): it must run before the first paint.
  vite: { plugins: [devContentReload(contentDir())], build: { assetsInlineLimit: 0 } },
});
