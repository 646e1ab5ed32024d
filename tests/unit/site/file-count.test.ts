import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FILE_LIMIT } from "../../../src/build/host-limits.ts";
import { countFiles, fileCountWarning } from "../../../src/integrations/file-count.ts";

describe("build file count", () => {
  it("counts files in nested folders, not folders", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-count-"));
    mkdirSync(join(dir, "a/b"), { recursive: true });
    for (const f of ["x", "a/y", "a/b/z"]) writeFileSync(join(dir, f), "");
    expect(countFiles(dir)).toBe(3);
    rmSync(dir, { recursive: true, force: true });
  });

  it("warns only above Cloudflare Pages' 20,000 files", () => {
    expect(FILE_LIMIT).toBe(20_000);
    expect(fileCountWarning(20_000)).toBeUndefined();
    expect(fileCountWarning(20_001)).toMatch(/^dist\/ holds 20,001 files, more than 20,000: Cloudflare Pages/);
  });

  it("names ERRATA_FILE_LIMIT, not Cloudflare, when another limit is set", () => {
    expect(fileCountWarning(150, 100)).toMatch(/^dist\/ holds 150 files, more than 100: the limit ERRATA_FILE_LIMIT sets/);
  });
});
