/**
 * Finding 4: symbolic links and special files in content/ are reported with their path and never
 * followed or read (an outside file, a whole outside folder, /dev/zero, a dangling link, a FIFO).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/entries/load-content.ts";
import { budgetMs } from "../time-budget.ts";

function contentWith(setup: (errors: string, outside: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), "errata-links-"));
  const dir = join(root, "content");
  cpSync("tests/fixtures/content/valid", dir, { recursive: true });
  const outside = join(root, "outside");
  mkdirSync(outside);
  cpSync("tests/fixtures/content/valid/errors/demo-api", join(outside, "stolen"), { recursive: true });
  writeFileSync(join(outside, "secret.md"), "---\ntitle: secret\n---\n");
  setup(join(dir, "errors"), outside);
  return dir;
}

const lines = (dir: string) => loadContent(dir).problems.map((p) => `${p.file.slice(p.file.indexOf("/errors/") + 1)}  ${p.field}  ${p.message}`);

describe("links and special files in content/", () => {
  it("reports a link to an outside file, an outside folder, /dev/zero and a dangling link, and reads none of them", () => {
    const dir = contentWith((errors, outside) => {
      symlinkSync(join(outside, "secret.md"), join(errors, "demo-api", "secret.md"));
      symlinkSync(join(outside, "stolen"), join(errors, "stolen"));
      symlinkSync("/dev/zero", join(errors, "demo-api", "zero.md"));
      symlinkSync(join(outside, "nowhere.md"), join(errors, "demo-api", "dangling.md"));
    });
    const started = performance.now();
    const content = loadContent(dir);
    expect(performance.now() - started).toBeLessThan(budgetMs(5000));
    expect(lines(dir)).toEqual([
      "errors/demo-api/dangling.md  file  a symbolic link — content is never read through links; copy the file into the folder instead",
      "errors/demo-api/secret.md  file  a symbolic link — content is never read through links; copy the file into the folder instead",
      "errors/demo-api/zero.md  file  a symbolic link — content is never read through links; copy the file into the folder instead",
      "errors/stolen  file  a symbolic link — content is never read through links; copy the file into the folder instead",
    ]);
    expect(content.pages.map((p) => p.id).sort()).toEqual(["demo-api/rate-limited", "demo-sdk/connection-refused", "demo-sdk/timeout"]);
  });

  it("reports a FIFO instead of blocking on it", () => {
    const dir = contentWith((errors) => {
      expect(spawnSync("mkfifo", [join(errors, "demo-api", "pipe.md")]).status).toBe(0);
    });
    expect(lines(dir)).toEqual(["errors/demo-api/pipe.md  file  not a regular file (a device, socket or pipe) — remove it"]);
  });

  it("reports errors/ itself being a link", () => {
    const root = mkdtempSync(join(tmpdir(), "errata-links-"));
    symlinkSync(join(process.cwd(), "tests/fixtures/content/valid/errors"), join(root, "errors"));
    expect(loadContent(root).problems.map((p) => p.message)).toEqual(["a symbolic link — content is never read through links; make errors/ a real folder"]);
  });

  it("refuses an oversized page file before reading it", () => {
    const dir = contentWith((errors) => writeFileSync(join(errors, "demo-api", "huge.md"), "x".repeat(200_000)));
    expect(lines(dir)).toEqual(["errors/demo-api/huge.md  file  the file is 200,000 bytes, over the 65,536-byte limit — split it into several pages or shorten it"]);
  });
});
