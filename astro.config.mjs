// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import buildPhases from "./src/integrations/build-phases.ts";
import codeStyles from "./src/integrations/code-styles.ts";
import pagefind from "./src/integrations/pagefind.ts";
import { siteUrl } from "./src/site-config.ts";

export default defineConfig({
  site: siteUrl(),
  trailingSlash: "always",
  integrations: [buildPhases(), codeStyles(), sitemap({ filter: (page) => !page.includes("/search/") }), pagefind()],
  // Pages render their own highlighted HTML (src/entries/render.ts); Astro's Markdown is unused.
  devToolbar: { enabled: false },
  build: { inlineStylesheets: "auto" },
  server: { host: "127.0.0.1" },
});
