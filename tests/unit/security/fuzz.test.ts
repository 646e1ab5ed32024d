/**
 * Finding 10: property-based fuzzing (fast-check) of everything that reads untrusted text or bytes —
 * the stack-trace parser, the frontmatter reader and page validator, the Markdown renderer, both wire
 * decoders and every client model. Properties: only typed errors (or none), bounded time, no HTML
 * injection. `npm test` runs a short fixed-seed pass; `npm run fuzz` runs a long one with a fresh seed
 * (FUZZ_RUNS, FUZZ_SEED), printing the seed so a failure can be replayed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLIENTS, DecodeError, encodeFrame, parseSse, scanEventStream } from "../../../src/decoders/index.ts";
import { replay } from "../../../src/decoders/replay.ts";
import { readPage } from "../../../src/entries/read-page.ts";
import { renderInline, renderPage } from "../../../src/entries/render.ts";
import { parseTrace } from "../../../src/lookup/parse/index.ts";
import { VALID_PAGE } from "../entries/page-fixture.ts";
import { budgetMs } from "../time-budget.ts";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 60);
const SEED = Number(process.env["FUZZ_SEED"] ?? 20261203);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };
const LONG = RUNS > 200 ? 600_000 : 60_000;

/** Text that looks like what the parsers care about: trace lines, Markdown and YAML syntax, HTML, escapes. */
const PIECES = [
  "Traceback (most recent call last):\n",
  '  File "x.py", line 3, in f\n',
  "    at f (x.js:1:2)\n",
  "Error: boom\n",
  "Caused by: java.io.IOException: x\n",
  "\\n",
  '\\"',
  "goroutine 1 [running]:\n",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "<javascript:alert(1)>",
  "&#106;avascript:",
  "*",
  "_",
  "~",
  "`",
  "[",
  "]",
  "(",
  ")",
  "> ",
  "- ",
  "1. ",
  "\n",
  "\n\n",
  "```\n",
  "---\n",
  ": ",
  "&a",
  "*a",
  "TODO",
  "\u0000",
  "\ud800",
  "\r",
];
const tricky = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(""));

function noInjection(html: string): void {
  expect(html).not.toMatch(/<script|<img|<iframe|\son[a-z]+=/i);
  const schemes = [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)].map(([, url]) => {
    const decoded = url!.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, "&");
    return new URL(decoded, "https://site.example/").protocol;
  });
  expect(schemes.filter((scheme) => !["http:", "https:", "mailto:"].includes(scheme))).toEqual([]);
}

describe(`fuzz (${RUNS} runs, seed ${SEED})`, () => {
  it("parseTrace: never throws, bounded time, on tricky and random text", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ maxLength: 2000 })), (text) => {
        const started = performance.now();
        const result = parseTrace(text);
        expect(Array.isArray(result.exceptions)).toBe(true);
        expect(performance.now() - started).toBeLessThan(budgetMs(2000));
      }),
      params,
    );
  });

  it("readPage: problems or a page, never an exception, for any text and any mutation of a valid page", () => {
    const mutated = fc.tuple(fc.nat({ max: VALID_PAGE.length }), fc.nat({ max: 40 }), tricky).map(([at, cut, insert]) => VALID_PAGE.slice(0, at) + insert + VALID_PAGE.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(mutated, tricky), (text) => {
        const started = performance.now();
        const result = readPage("content/errors/demo/page.md", text, "demo", "page");
        // Every problem is positioned and says what is wrong, never a stack; otherwise there is a page.
        expect(result.problems.length > 0 || result.value !== undefined).toBe(true);
        expect(result.problems.filter((p) => p.line < 1 || p.column < 1 || /\n\s+at /.test(p.message))).toEqual([]);
        expect(performance.now() - started).toBeLessThan(budgetMs(2000));
      }),
      params,
    );
  });

  it(
    "renderer: no HTML injection from any inline Markdown or any valid page body",
    async () => {
      await fc.assert(
        fc.asyncProperty(tricky, async (markdown) => {
          noInjection(await renderInline(markdown));
          const page = readPage("content/errors/demo/page.md", VALID_PAGE.replace("The API refused the request.", markdown.replace(/^#+ /gm, "")), "demo", "page");
          if (page.value) for (const section of (await renderPage(page.value)).sections) noInjection(section.html);
        }),
        { ...params, numRuns: Math.max(10, Math.floor(RUNS / 3)) },
      );
    },
    LONG,
  );

  it("decoders: arbitrary bytes give frames/events or a typed DecodeError, never anything else", () => {
    const frameLike = fc.tuple(fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ maxLength: 600 })).map(([junk, payload]) => {
      const frame = encodeFrame({ headers: [{ name: ":event-type", type: "string", value: "chunk" }], payload });
      const out = new Uint8Array(frame.length + junk.length);
      out.set(frame);
      out.set(junk, frame.length);
      return out;
    });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), frameLike), (bytes) => {
        const scan = scanEventStream(bytes);
        expect(scan.error === undefined || scan.error instanceof DecodeError).toBe(true);
        expect(Array.isArray(parseSse(bytes).events)).toBe(true);
      }),
      params,
    );
  });

  it("client models: every client replays arbitrary bytes both ways to an outcome", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 1500 }),
          tricky.map((t) => new TextEncoder().encode(t)),
        ),
        fc.constantFrom(...CLIENTS),
        fc.constantFrom("before" as const, "after" as const),
        (bytes, client, fix) => {
          const result = replay(client.id, fix, bytes);
          expect("ok" in result.outcome || "error" in result.outcome).toBe(true);
        },
      ),
      params,
    );
  });
});
