/**
 * Finding 9: every CLI input has a stated cap and is refused past it with one line and exit 2, stdin
 * included (read in bounded chunks); a 3 MB code block is a positioned problem, not a 55 s build.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPage } from "../../../src/entries/read-page.ts";
import { withChange } from "../entries/page-fixture.ts";

const run = (args: string[], input?: Buffer | string) => spawnSync("npm", ["run", "--silent", ...args], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), "errata-cli-"));

describe("CLI input caps", () => {
  it("decode refuses a FILE and stdin over 4 MiB", () => {
    const file = join(tmp, "big.bin");
    writeFileSync(file, Buffer.alloc(4 * 1024 * 1024 + 1));
    const fromFile = run(["decode", "--", "aws-eventstream", file]);
    expect(fromFile.stderr).toBe(`decode: ${file} is 4,194,305 bytes, over the 4 MiB input limit; decode reads at most 4 MiB — cut the capture to the frames that matter.\n`);
    expect(fromFile.status).toBe(2);
    const fromStdin = run(["decode", "--", "aws-eventstream"], Buffer.alloc(4 * 1024 * 1024 + 1));
    expect(fromStdin.stderr).toBe("decode: stdin is over the 4 MiB input limit; decode reads at most 4 MiB — cut the capture to the frames that matter.\n");
    expect(fromStdin.status).toBe(2);
  }, 60_000);

  it("lookup reads piped stdin (no EAGAIN) and refuses more than 8 MiB", () => {
    const piped = run(["lookup", "--"], "anthropic.RateLimitError: Error code: 429\n");
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toContain("Read 1 error: anthropic.RateLimitError: Error code: 429");
    const big = run(["lookup", "--"], "x".repeat(8 * 1024 * 1024 + 1));
    expect(big.stderr).toBe("lookup: stdin is over the 8 MiB input limit — lookup reads at most 8 MiB; paste the trace, not the whole log\n");
    expect(big.status).toBe(2);
  }, 60_000);

  it("a 3 MB code block is refused before highlighting", () => {
    const started = performance.now();
    const code = `      - Read the \`retry-after\` header.\n    code:\n      - lang: python\n        code: |\n${"          x = 1\n".repeat(500_000)}`;
    const result = readPage("content/errors/demo/page.md", withChange("      - Read the `retry-after` header.\n", code), "demo", "page");
    expect(result.problems.map((p) => p.code)).toEqual(["too-large"]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
