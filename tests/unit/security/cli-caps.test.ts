/**
 * Finding 9: every CLI input has a stated cap and is refused past it with one line and exit 2, stdin
 * included (read in bounded chunks); a 3 MB code block is a positioned problem, not a 55 s build.
 * Measured peaks of `decode` (peak RSS of the node process): 100,000 tiny frames 230 MB with --json;
 * two 24 MiB frames (the largest valid stream under 64 MiB) 570 MB with --json; one 60 MiB SSE event 500 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crc32 } from "../../../src/decoders/crc32.ts";
import { readPage } from "../../../src/entries/read-page.ts";
import { withChange } from "../entries/page-fixture.ts";
import { budgetMs } from "../time-budget.ts";

const run = (args: string[], input?: Buffer | string) => spawnSync("npm", ["run", "--silent", ...args], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), "errata-cli-"));

describe("CLI input caps", () => {
  it("decode streams a bare decode: a bad prelude is reported at once, a valid stream is refused past 64 MiB or 100,000 frames", () => {
    // A 25 MiB frame whose prelude declares a payload over botocore's 24 MiB: refused from its first 12 bytes.
    const prelude = Buffer.alloc(12);
    prelude.writeUInt32BE(25 * 1024 * 1024 + 16, 0);
    prelude.writeUInt32BE(crc32(prelude.subarray(0, 8)), 8);
    const overLong = join(tmp, "over-long.bin");
    writeFileSync(overLong, Buffer.concat([prelude, Buffer.alloc(25 * 1024 * 1024 + 4)]));
    const refused = run(["decode", "--", "aws-eventstream", "--json", overLong]);
    expect(refused.status).toBe(1);
    expect((JSON.parse(refused.stdout) as { outcome: { error: { code: string } } }).outcome.error.code).toBe("payload-too-large");

    const tooMany = run(["decode", "--", "aws-eventstream"], Buffer.from("000000100000000005c248eb7d98c8ff".repeat(100_001), "hex"));
    expect(tooMany.stderr).toBe("decode: stdin holds more than 100,000 frames; decode keeps at most that many — cut the capture to the frames that matter.\n");
    expect(tooMany.status).toBe(2);

    const endless = join(tmp, "endless.txt");
    writeFileSync(endless, Buffer.alloc(64 * 1024 * 1024 + 1, ":"));
    const tooBig = run(["decode", "--", "sse", endless]);
    expect(tooBig.stderr).toBe(`decode: ${endless} is over the 64 MiB input limit; decode reads at most 64 MiB of a valid stream — cut the capture to the events that matter.\n`);
    expect(tooBig.status).toBe(2);
  }, 120_000);

  it("decode refuses a replay body (FILE or stdin) over 4 MiB", () => {
    const file = join(tmp, "big.bin");
    writeFileSync(file, Buffer.alloc(4 * 1024 * 1024 + 1));
    const fromFile = run(["decode", "--", "aws-eventstream", "--client", "boto3-bedrock", file]);
    expect(fromFile.stderr).toBe(`decode: ${file} is 4,194,305 bytes, over the 4 MiB input limit; a replay through --client reads at most 4 MiB — cut the capture to the frames that matter.\n`);
    expect(fromFile.status).toBe(2);
    const fromStdin = run(["decode", "--", "aws-eventstream", "--input", "hex"], Buffer.alloc(4 * 1024 * 1024 + 1));
    expect(fromStdin.stderr).toBe("decode: stdin is over the 4 MiB input limit; --input hex reads at most 4 MiB — cut the capture to the frames that matter.\n");
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
    expect(performance.now() - started).toBeLessThan(budgetMs(2000));
  });
});
