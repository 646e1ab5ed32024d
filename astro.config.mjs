// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import devContentReload from "./src/integrations/dev-content-reload.ts";
import pagefind from "./src/integrations/pagefind.ts";
import { contentDir, siteUrl } from "./src/site-config.ts";

export default defineConfig({
  site: siteUrl(),
  trailingSlash: "always",
  integrations: [sitemap({ filter: (page) => !page.includes("/search/") }), pagefind()],
  // Pages render their own highlighted HTML (src/entries/render.ts); Astro's Markdown is unused.
  devToolbar: { enabled: false },
  build: { inlineStylesheets: "auto" },
  server: { host: "127.0.0.1" },
  vite: { plugins: [devContentReload(contentDir())] },
});
