/**
 * One home for each rule: the exception-name suffixes (src/lookup/exception-name.ts), stop-word lists
 * (src/lookup/stop-words.ts), the slug rule (src/entries/slug.ts) and the site's URLs (src/routes.ts) are written
 * once. This scans src/ and scripts/ for a second copy, so a new one fails here with its file and line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const SOURCES = [...files("src"), ...files("scripts"), "astro.config.mjs"];

/** `file:line` of every line matching `pattern`, outside `home` (and `allowed`) and outside comments. */
function copies(pattern: RegExp, home: string, allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const file of SOURCES) {
    if (file === home || allowed.includes(file)) continue;
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (/^\s*(?:\*|\/\/|\/\*)/.test(line)) return;
        if (pattern.test(line)) found.push(`${file}:${i + 1}`);
      });
  }
  return found;
}

describe("one home for each rule", () => {
  it("exception-name suffixes are written only in src/lookup/exception-name.ts", () => {
    // A suffix group right after an identifier's characters: `[\w$]*(?:Error|Exception`.
    expect(copies(/[*+\]]\(\?:(?:Error\|Exception|Exception\|Error)\b/, "src/lookup/exception-name.ts")).toEqual([]);
  });

  it("stop-word lists are written only in src/lookup/stop-words.ts", () => {
    expect(copies(/new Set\(\s*\[\s*"the"|"the an of to/, "src/lookup/stop-words.ts")).toEqual([]);
  });

  it("the slug rule is written only in src/entries/slug.ts", () => {
    expect(copies(/\[\^a-z0-9\]\+\/g, "-"/, "src/entries/slug.ts")).toEqual([]);
  });

  it("site URLs are written only in src/routes.ts", () => {
    // Not URLs the site emits: an example in the site.yml schema's description, and the bench rewriting authored links.
    const allowed = ["src/entries/site-schema.ts", "scripts/bench/real-copies.ts"];
    expect(copies(/["'`]\/?(?:errors|platforms|lookup|search|playground|pagefind)\/|\\\/errors\\\//, "src/routes.ts", allowed)).toEqual([]);
  });

  it("finds a copy when there is one", () => {
    expect(copies(/\[\^a-z0-9\]\+\/g, "-"/, "src/routes.ts")).toEqual([expect.stringMatching(/^src\/entries\/slug\.ts:\d+$/)]);
  });
});
