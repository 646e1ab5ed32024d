/**
 * A new page's text, with TODO markers that `npm run validate` reports until they are replaced.
 * Pure, so the `new` command and the lookup page's "no page yet" scaffold share it.
 */

const STOP = new Set(["the", "a", "an", "of", "to", "for", "in", "on", "is", "was", "with", "and", "or", "at", "by", "from", "error", "exception"]);

/** A kebab-case slug from a signature: the type's last segment, then the message's first words. */
export function slugFromSignature(signature: string, maxWords = 6): string {
  const firstLine = signature.split("\n")[0] ?? "";
  const match = /^\s*([\w.$]+(?:Error|Exception|Warning|Fault))\s*:\s*(.*)$/.exec(firstLine);
  const type = match?.[1]?.split(".").pop()?.toLowerCase();
  const message = (match ? match[2] : firstLine) ?? "";
  const words = message
    .replace(/\{.*$/, "") // drop dict/JSON bodies: they are values, not the error's name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w));
  const parts = [...(type ? [type] : []), ...words].slice(0, maxWords);
  return parts.join("-").replace(/-+/g, "-").replace(/^-|-$/g, "") || "new-error";
}

export interface ScaffoldOptions {
  signature: string;
  /** YYYY-MM-DD */
  today: string;
  related?: string[];
}

/** The Markdown text of a new page. */
export function scaffoldPage({ signature, today, related = [] }: ScaffoldOptions): string {
  const sig = JSON.stringify(signature.trim());
  const relatedLines = related.length > 0 ? related.map((id) => `  - ${id}`).join("\n") : "  - TODO category/slug of a related page";
  return `---
title: ${JSON.stringify(`TODO what happened, in the words people search for`)}
signature: ${sig}
summary: TODO one sentence — what to do first.
tool: TODO the library or product that raises it
causes:
  - title: TODO the most common cause
    detail: TODO how to recognise it.
fixes:
  - title: TODO the simplest fix
    steps:
      - TODO first step
    code:
      - lang: python
        code: |
          # TODO working code, or remove \`code\`
faq:
  - question: TODO a question people really ask
    answer: TODO its answer.
sources:
  - title: TODO the public issue, docs page or source file
    url: https://example.com/TODO
related:
${relatedLines}
updated: ${today}
---

## What it means

TODO what the error means.

## Why it happens

TODO the code path that raises it, and the versions affected.

## How to diagnose

1. TODO first check.

## Prevention

TODO how to keep it from happening again.
`;
}
