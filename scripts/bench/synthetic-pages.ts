/**
 * Light synthetic pages for `npm run bench:build -- N --synthetic`: the lookup bench's generated
 * signatures with a short body, one fix with one snippet, a FAQ and a related link.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatePages } from "./generate-pages.ts";

/** Writes `count` synthetic pages into `<content>/errors/…` (categories prefixed `synthetic-`); returns how many. */
export function writeSyntheticPages(content: string, count: number): number {
  const pages = generatePages({ count });
  const seen = new Set<string>();
  const categories = new Set<string>();
  const yaml = (text: string) => JSON.stringify(text);

  pages.forEach((page, i) => {
    const category = `synthetic-${page.id.split("/")[0]}`;
    const id = `${category}/${page.id.split("/")[1]}`;
    categories.add(category);
    let signature = page.data.signature;
    if (seen.has(signature)) signature = `${signature} (case ${i})`;
    seen.add(signature);
    const next = pages[(i + 1) % pages.length]!.id.split("/");
    const related = `synthetic-${next[0]}/${next[1]}`;
    const body = Array.from({ length: 4 }, (_, k) =>
      `Paragraph ${k + 1} about ${page.data.title}: what the client was doing, which component raised it, and which versions behave this way. `.repeat(3),
    ).join("\n\n");
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
    writeFileSync(join(content, "errors", `${id}.md`), text);
  });
  for (const category of categories) {
    writeFileSync(join(content, "errors", category, "_category.yml"), `title: ${yaml(category)}\ndescription: Synthetic category ${category}.\n`);
  }
  return pages.length;
}
