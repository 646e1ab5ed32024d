/** A valid page as text, and helpers to break it one way at a time. */
export const VALID_PAGE = `---
title: "RateLimitError: too many requests"
signature: "demo.RateLimitError: Error code: 429 - too many requests"
summary: Wait for the \`retry-after\` seconds, then retry.
causes:
  - title: Too many requests per minute
fixes:
  - title: Back off and retry
    steps:
      - Read the \`retry-after\` header.
faq:
  - question: Does the client retry for me?
    answer: Yes, twice.
sources:
  - title: Demo docs
    url: https://example.com/docs/rate-limits
related:
  - demo/other
updated: 2026-11-20
---

## What it means

The API refused the request.

## Why it happens

Requests arrived too fast.

## Prevention

Queue requests.
`;

/** Replaces one exact line (or fragment) of the valid page; throws if it is not there. */
export function withChange(from: string, to: string, page = VALID_PAGE): string {
  if (!page.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return page.replace(from, to);
}
