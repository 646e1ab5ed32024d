/**
 * Gives every built page its own strict Content-Security-Policy (see csp-policy.ts) in
 * `astro:build:done`: a meta tag in each HTML file, and the same policies as response headers in
 * `dist/_headers` (the per-path format Netlify and Cloudflare Pages read) for hosts that support one.
 * Astro's own pages get their meta tag as they are rendered (src/middleware.ts), so this pass only reads them for
 * `_headers` and writes a page that lacks it (issue 12: computing and writing 10,000 pages' policies again cost
 * about 6 s).
 * Inline `style=` attributes are allowed one by one by hash and counted in the build log, so they can
 * be moved to classes.
 */
import type { AstroIntegration } from "astro";
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { headerPolicy, metaPolicy, pagePolicy, styleAttributeHashes, withCspMeta } from "./csp-policy.ts";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** `dist/a/b/index.html` → `/a/b/`; `dist/404.html` → `/404.html`. */
function urlPath(site: string, file: string): string {
  const rel = relative(site, file).split(sep).join("/");
  return `/${rel.replace(/(^|\/)index\.html$/, "$1")}`;
}

/**
 * Applies the policies to every HTML file under `site`; returns, per page, the hashes of the inline style attributes
 * its policy allows. A page with its meta tag already (Astro's pages get it as they are rendered: src/middleware.ts;
 * an error page kept from the last build got it then, from the same code: src/build/page-cache.ts) is only read, its
 * policy taken from the tag; any other page gets its policy computed and written.
 */
export function applyCsp(site: string): { pages: number; written: number; styleAttributes: Map<string, string[]> } {
  const headers: string[] = [];
  const styleAttributes = new Map<string, string[]>();
  const files = htmlFiles(site);
  let written = 0;
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    let policy = metaPolicy(html);
    if (policy === undefined) {
      policy = pagePolicy(html).policy;
      written++;
      // Replaced, not written into: an error page kept from the last build is a hard link into the cache.
      const tmp = `${file}.csp.tmp`;
      writeFileSync(tmp, withCspMeta(html, policy));
      renameSync(tmp, file);
    }
    const path = urlPath(site, file);
    headers.push(`${path}\n  Content-Security-Policy: ${headerPolicy(policy)}\n`);
    const attributes = styleAttributeHashes(policy);
    if (attributes.length > 0) styleAttributes.set(path, attributes);
  }
  writeFileSync(join(site, "_headers"), headers.join("\n"));
  return { pages: files.length, written, styleAttributes };
}

export default function cspIntegration(): AstroIntegration {
  return {
    name: "errata:csp",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const { pages, written, styleAttributes } = applyCsp(fileURLToPath(dir));
        logger.info(`Content-Security-Policy in ${pages} pages (${written} written here, the others as Astro rendered them) and _headers`);
        if (styleAttributes.size > 0) {
          const distinct = new Set([...styleAttributes.values()].flat());
          logger.warn(
            `${distinct.size} distinct inline style= attributes on ${styleAttributes.size} pages are allowed by hash ('unsafe-hashes'); move them to classes (first: ${[...styleAttributes.keys()][0]})`,
          );
        }
      },
    },
  };
}
