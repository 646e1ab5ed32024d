/**
 * A new page's text, with TODO markers that `npm run validate` reports until they are replaced.
 * Pure, so the `new` command and the lookup page's "no page yet" scaffold share it.
 */
import { SUFFIXES, suffixGroup } from "../lookup/exception-name.ts";
import { SLUG_STOP_WORDS } from "../lookup/stop-words.ts";
import { kebabCase } from "./slug.ts";

/** The exception type a signature opens with (dotted, loosely spelled: a scaffold takes what it is given). */
const SCAFFOLD_TYPE = new RegExp(String.raw`^\s*([\w.$]+${suffixGroup(SUFFIXES.scaffold)})\b\s*:?\s*(.*)$`);

/**
 * Exception types that do not name an error by themselves (wrappers, catch-alls): their message
 * does. A specific type with its HTTP status (`rate-limit-error-429`) needs no more words.
 */
const GENERIC_TYPES = new Set([
  "error",
  "exception",
  "value-error",
  "type-error",
  "runtime-error",
  "assertion-error",
  "key-error",
  "attribute-error",
  "api-error",
  "api-status-error",
  "bad-request-error",
  "client-error",
  "http-error",
  "http-status-error",
  "service-exception",
  "sdk-error",
  "anthropic-error",
]);

/** The words that name the error: the message inside an API error body if there is one, else the text before any body. */
function messageText(rest: string): string {
  const inBody = /['"]message['"]\s*:\s*(['"])((?:\\.|(?!\1).)*)\1/.exec(rest);
  if (inBody) return inBody[2]!;
  return rest.replace(/\{.*$/s, "").replace(/^\s*(?:error code|status(?: code)?|http\/[\d.]+)\s*:?\s*\d{3}\b\s*-?/i, "");
}

/**
 * A kebab-case slug from a signature: the exception type, the HTTP status it names, and the key words
 * of the message's first clause — `rate-limit-error-429`, `prompt-too-long`. Empty when the text has
 * no word to build one from (the caller then asks for a slug).
 */
export function slugFromSignature(signature: string, maxWords = 4): string {
  const firstLine = signature.trim().split("\n")[0] ?? "";
  const match = SCAFFOLD_TYPE.exec(firstLine);
  const type = match ? kebabCase(match[1]!.split(".").pop()!) : undefined;
  const rest = match ? match[2]! : firstLine;
  const status = /\b(?:error code|status(?: code)?|http\/[\d.]+|api error)\s*:?\s*([1-5]\d\d)\b/i.exec(signature)?.[1];
  // The first clause names the error; what follows a colon, dash or parenthesis is detail (numbers, ids, advice).
  const clause = messageText(rest).split(/:\s|\s-\s|[(;.,]\s|[(]/)[0] ?? "";
  const typeWords = new Set((type ?? "").split("-"));
  const budget = type && !GENERIC_TYPES.has(type) ? (status ? 0 : 3) : maxWords;
  const words = clause
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !SLUG_STOP_WORDS.has(w) && !/\d/.test(w) && !typeWords.has(w))
    .slice(0, budget);
  const parts = [...(type ? [type] : []), ...(status ? [status] : []), ...words];
  return parts.join("-").replace(/-+/g, "-").replace(/^-|-$/g, "");
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
