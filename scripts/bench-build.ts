/**
 * `npm run bench:build [-- N]` (default 2,000): how the build scales. Writes N synthetic but valid
 * pages (the lookup bench's generated signatures, a realistic body, FAQ, fixes with code, related
 * links) into a temporary content folder, then times `npm run validate` and the full `astro build`
 * (HTML, Pagefind, lookup shards) on it and reports ms per page and the size of dist/.
 * Measured, not asserted: the numbers go into the notes, not a test.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatePages } from "./bench/generate-pages.ts";

const count = Number(process.argv[2] ?? 2000);
if (!Number.isInteger(count) || count < 1) {
  console.error("bench:build: give a page count, e.g. npm run bench:build -- 2000");
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), "errata-bench-"));
const content = join(root, "content");
const out = join(root, "dist");
const pages = generatePages({ count });
const seen = new Set<string>();
const categories = new Set<string>();
const yaml = (text: string) => JSON.stringify(text);

pages.forEach((page, i) => {
  const [category] = page.id.split("/") as [string, string];
  categories.add(category);
  let signature = page.data.signature;
  if (seen.has(signature)) signature = `${signature} (case ${i})`;
  seen.add(signature);
  const related = pages[(i + 1) % pages.length]!.id;
  const body = Array.from({ length: 4 }, (_, k) => `Paragraph ${k + 1} about ${page.data.title}: what the client was doing, which component raised it, and which versions behave this way. `.repeat(3)).join("\n\n");
  const text = `---
title: ${yaml(page.data.title)}
signature: ${yaml(signature)}
summary: Check the ${yaml(page.data.title).slice(1, 30)} first, then retry.
tool: Synthetic SDK ${i % 7}
platforms: [Platform ${i % 5}]
causes:
  - title: The most common cause of case ${i}
    detail: How to recognise it in **your** logs.
  - title: A rarer cause
fixes:
  - title: The simplest fix
    steps:
      - First step with \`code\`.
      - Second step.
    code:
      - lang: python
        code: |
          import time
          for attempt in range(3):
              time.sleep(2 ** attempt)
faq:
  - question: Is case ${i} retried automatically?
    answer: Not by default.
sources:
  - title: Synthetic source ${i}
    url: https://example.com/issues/${i}
related:
  - ${related}
updated: 2026-11-${String(1 + (i % 28)).padStart(2, "0")}
---

## What it means

${body}

## Why it happens

${body}

## Prevention

Monitor it.
`;
  mkdirSync(join(content, "errors", category), { recursive: true });
  writeFileSync(join(content, "errors", `${page.id}.md`), text);
});
for (const category of categories) {
  writeFileSync(join(content, "errors", category, "_category.yml"), `title: ${yaml(category)}\ndescription: Synthetic category ${category}.\n`);
}

function timed(args: string[]): number {
  const started = performance.now();
  const run = spawnSync("npx", args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ERRATA_CONTENT: content, ASTRO_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) {
    console.error(`bench:build: \`npx ${args.join(" ")}\` failed (exit ${run.status}); content left in ${content}`);
    process.exit(1);
  }
  return performance.now() - started;
}

function size(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      const inner = size(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

console.log(`Generated ${count} pages in ${categories.size} categories under ${content}`);
const validateMs = timed(["node", "scripts/validate.ts", content]);
const buildMs = timed(["astro", "build", "--outDir", out]);
const dist = size(out);
console.log(`| pages | validate | astro build (HTML + Pagefind + lookup shards) | per page | dist/ |
|---|---|---|---|---|
| ${count} | ${(validateMs / 1000).toFixed(1)} s | ${(buildMs / 1000).toFixed(1)} s | ${(buildMs / count).toFixed(1)} ms | ${(dist.bytes / 1e6).toFixed(1)} MB in ${dist.files} files |`);
rmSync(root, { recursive: true, force: true });
