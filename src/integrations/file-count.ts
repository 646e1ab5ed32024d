/**
 * Warns when the build writes more files than some static hosts accept: Cloudflare Pages takes at
 * most 20,000 files per deployment. A warning, not a failure: other hosts have no such limit.
 */
import type { AstroIntegration } from "astro";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { indexLater } from "../build/pagefind-index.ts";

export const FILE_LIMIT = 20_000;

/** Files (not folders) under `dir`, recursively. */
export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

export function fileCountWarning(count: number, limit = FILE_LIMIT): string | undefined {
  if (count <= limit) return undefined;
  return `dist/ holds ${count.toLocaleString("en")} files, more than ${limit.toLocaleString("en")}: Cloudflare Pages refuses deployments over ${limit.toLocaleString("en")} files — deploy elsewhere (GitHub Pages, Netlify, S3, nginx) or split the site`;
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
