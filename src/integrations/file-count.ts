/**
 * Warns when the build writes more files than the host accepts (build/host-limits.ts: Cloudflare Pages takes at
 * most 20,000 files per deployment) even after bundling search fragments (build/fragment-budget.ts). A warning,
 * not a failure: other hosts have no such limit.
 */
import type { AstroIntegration } from "astro";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FILE_LIMIT, fileLimit } from "../build/host-limits.ts";
import { indexLater } from "../build/pagefind-index.ts";

/** Files (not folders) under `dir`, recursively. */
export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

export function fileCountWarning(count: number, limit = fileLimit()): string | undefined {
  if (count <= limit) return undefined;
  const who = limit === FILE_LIMIT ? `Cloudflare Pages refuses deployments over ${limit.toLocaleString("en")} files` : "the limit ERRATA_FILE_LIMIT sets";
  return `dist/ holds ${count.toLocaleString("en")} files, more than ${limit.toLocaleString("en")}: ${who} — deploy elsewhere (GitHub Pages, Netlify, S3, nginx) or split the site`;
}

export default function fileCount(): AstroIntegration {
  return {
    name: "errata:file-count",
    hooks: {
      // Runs after Pagefind (integrations run in order), so its index files are counted too.
      // Under `npm run build`, Pagefind runs after this process: scripts/build.ts counts after it.
      "astro:build:done": ({ dir, logger }) => {
        if (indexLater()) return;
        const count = countFiles(fileURLToPath(dir));
        const warning = fileCountWarning(count);
        if (warning) logger.warn(warning);
        else logger.info(`${count} files in dist/`);
      },
    },
  };
}
