/**
 * Load is not check: loadContent reads and validates without replaying playgrounds (so `npm run new` and the
 * other readers do not pay for it), and verifyContent adds the replay's problems, sorted with the rest.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/entries/load-content.ts";
import { verifyContent } from "../../../src/entries/verify-content.ts";

const dir = mkdtempSync(join(tmpdir(), "errata-verify-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the real content with one playground sample id broken. */
function brokenCopy(): { page: string } {
  cpSync("content", dir, { recursive: true });
  const loaded = loadContent(dir);
  const page = loaded.pages.find((p) => p.data.playground)!;
  const text = readFileSync(page.file, "utf8");
  const sample = page.data.playground!.samples[0]!.sample;
  writeFileSync(page.file, text.replace(`sample: ${sample}`, "sample: no-such-sample"));
  return { page: page.file };
}

describe("verifyContent", () => {
  const { page } = brokenCopy();

  it("loadContent does not replay playgrounds: a missing sample is no problem of loading", () => {
    expect(loadContent(dir).problems).toEqual([]);
  });

  it("verifyContent replays them and reports the missing sample at its position", () => {
    const problems = verifyContent(loadContent(dir)).problems;
    expect(problems.map((p) => [p.file, p.code, p.field])).toEqual([[page, "playground", "playground.samples[0].sample"]]);
    expect(problems[0]!.message).toMatch(/^no (aws-eventstream|sse) sample "no-such-sample"/);
  });

  it("returns content whose playgrounds all replay as declared unchanged", () => {
    const clean = loadContent("tests/fixtures/content/valid");
    expect(verifyContent(clean)).toBe(clean);
  });
});
