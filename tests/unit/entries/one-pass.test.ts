/** `validate` reports every problem in one pass, cross-page checks included, with "did you mean". */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/entries/load-content.ts";

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), "errata-one-pass-"));
  cpSync("tests/fixtures/content/valid", dir, { recursive: true });
  return dir;
}

describe("one pass", () => {
  it("a link to a page with its own problems is not reported as dangling; both pages' problems show at once", () => {
    const dir = site();
    const broken = join(dir, "errors/demo-sdk/connection-refused.md");
    writeFileSync(broken, readFileSync(broken, "utf8").replace(/^updated: .*$/m, "updated: 2026-02-30"));
    const timeout = join(dir, "errors/demo-sdk/timeout.md");
    writeFileSync(timeout, readFileSync(timeout, "utf8").replace("  - demo-sdk/connection-refused", "  - demo-sdk/connection-refused\n  - demo-api/rate-limitd"));
    const problems = loadContent(dir).problems.map((p) => `${p.file.replace(dir, "")}  ${p.field}  ${p.message}`);
    expect(problems.some((p) => p.includes("connection-refused.md") && p.includes("updated"))).toBe(true);
    expect(problems.filter((p) => p.includes('no page has the id "demo-sdk/connection-refused"'))).toEqual([]);
    expect(problems).toContainEqual(expect.stringContaining('no page has the id "demo-api/rate-limitd" — did you mean "demo-api/rate-limited"?'));
  });

  it("a category folder one typo away from an existing one is named", () => {
    const dir = site();
    mkdirSync(join(dir, "errors/demo-apii"));
    cpSync(join(dir, "errors/demo-api/rate-limited.md"), join(dir, "errors/demo-apii/other.md"));
    const problems = loadContent(dir).problems.map((p) => p.message);
    expect(problems).toContainEqual(expect.stringContaining('category "demo-apii" has no metadata — create this file with `title:` and `description:`, or did you mean "demo-api"?'));
  });
});
