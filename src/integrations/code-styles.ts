/**
 * Serves the highlighting classes' stylesheet (src/build/code-classes.ts) as the virtual module
 * `virtual:errata/code.css`, imported into every page, so Vite bundles it with the site's CSS: code
 * carries class names only, never a `style` attribute. Under `npm run build` the classes are all known
 * before Astro starts (src/build/prerender.ts); under `astro dev` the first request renders every page
 * once to collect them (later edits that introduce new colours need a restart of the dev server).
 */
import type { AstroIntegration } from "astro";
import { codeClassesCss } from "../build/code-classes.ts";
import { renderAll } from "../build/prerender.ts";
import { peekShared } from "../build/shared.ts";
import { siteData } from "../site-data.ts";

const ID = "virtual:errata/code.css";
const RESOLVED = `\0${ID}`;

export default function codeStyles(): AstroIntegration {
  return {
    name: "errata:code-styles",
    hooks: {
      "astro:config:setup": ({ injectScript, updateConfig }) => {
        injectScript("page-ssr", `import "${ID}";`);
        updateConfig({
          vite: {
            plugins: [
              {
                name: "errata:code-css",
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: async (id: string) => {
                  if (id !== RESOLVED) return undefined;
                  if (!peekShared("rendered")) await renderAll(siteData().pages);
                  return `/* Highlighting classes (src/build/code-classes.ts). */\n${codeClassesCss()}\n`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
