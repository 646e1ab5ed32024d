import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Vitest runs under Node 22 (the `node` devDependency), so process.execPath runs .ts files directly.
const SCRIPT = fileURLToPath(new URL("../../../../scripts/lookup.ts", import.meta.url));
const CONTENT = fileURLToPath(new URL("../../../fixtures/lookup/content", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "errata-lookup-"));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[], input = "") {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { input, encoding: "utf8", env: { ...process.env, ERRATA_CONTENT: CONTENT } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PYTHON_TRACE = `Traceback (most recent call last):
  File "/app/main.py", line 3, in <module>
    client.messages.create(model="claude-sonnet-4-5", max_tokens=10, messages=history)
  File "/app/.venv/lib/python3.12/site-packages/anthropic/_base_client.py", line 1277, in post
    return cast(ResponseT, self.request(cast_to, opts, stream=stream, stream_cls=stream_cls))
anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 208656 tokens > 200000 maximum'}}
`;

interface JsonReport {
  parsed: Record<string, unknown>[];
  matches: { id: string; title: string; signature: string; score: number; confidence: string; why: { text: string; line: { number: number } } }[];
}

describe("scripts/lookup.ts --json", () => {
  it("prints exactly one JSON object: parsed exceptions and matches, best first", () => {
    const result = run(["--json", write("trace.txt", PYTHON_TRACE)]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(["parsed", "matches"]);
    expect(report.parsed).toHaveLength(1);
    expect(Object.keys(report.parsed[0] ?? {})).toEqual(["runtime", "type", "message", "frames"]);
    expect(report.parsed[0]).toMatchObject({ runtime: "python", type: "anthropic.BadRequestError" });
    expect(report.matches.length).toBeGreaterThan(0);
    for (const m of report.matches) expect(Object.keys(m)).toEqual(["id", "title", "signature", "score", "confidence", "why"]);
    const [first] = report.matches;
    expect(first).toMatchObject({ id: "demo-sdk/prompt-too-long", title: "BadRequestError: prompt is too long", confidence: "high" });
    expect(first?.signature).toContain("prompt is too long: 215000 tokens > 200000 maximum");
    expect(first?.score).toBeGreaterThan(0.8);
    expect(first?.score).toBeLessThanOrEqual(1);
    expect(first?.why.line.number).toBe(6); // the exception line, not the line where the traceback starts
    expect(first?.why.text).toContain("<int> tokens > <int> maximum");
    expect(report.matches.map((m) => m.score)).toEqual([...report.matches.map((m) => m.score)].sort((a, b) => b - a));
  });

  it("reads stdin when there is no FILE, and '-' means stdin too", () => {
    for (const args of [["--json"], ["--json", "-"]]) {
      const result = run(args, "anthropic.APIConnectionError: Connection error.\n");
      expect(result.status).toBe(0);
      expect((JSON.parse(result.stdout) as JsonReport).matches[0]?.id).toBe("demo-sdk/connection-error");
    }
  });

  it("prints an empty matches list, exit 0, when nothing plausibly matches", () => {
    const result = run(["--json"], 'java.lang.NullPointerException: Cannot invoke "String.length()" because "<local1>" is null\n\tat com.example.Foo.bar(Foo.java:12)\n');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.matches).toEqual([]);
    expect(report.parsed[0]).toMatchObject({ runtime: "java", type: "java.lang.NullPointerException" });
    expect(JSON.parse(run(["--json"], "").stdout)).toEqual({ parsed: [], matches: [] });
  });

  it("honours --limit", () => {
    const text = "Connection error.\nprompt is too long: 1 tokens > 2 maximum\n";
    expect((JSON.parse(run(["--json"], text).stdout) as JsonReport).matches).toHaveLength(2);
    expect((JSON.parse(run(["--json", "--limit", "1"], text).stdout) as JsonReport).matches).toHaveLength(1);
    expect((JSON.parse(run(["--json", "--limit=1"], text).stdout) as JsonReport).matches).toHaveLength(1);
  });
});

describe("scripts/lookup.ts --jsonl", () => {
  it("prints one JSON object per FILE, in order, with the file first", () => {
    const a = write("a.txt", PYTHON_TRACE);
    const b = write("b.txt", "hello world\n");
    const result = run(["--jsonl", a, b]);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as JsonReport & { file: string });
    expect(lines.map((l) => [l.file, l.matches[0]?.id ?? null])).toEqual([
      [a, "demo-sdk/prompt-too-long"],
      [b, null],
    ]);
    expect(Object.keys(lines[0] ?? {})).toEqual(["file", "parsed", "matches"]);
  });

  it("refuses --jsonl without a FILE and several FILEs without --jsonl", () => {
    expect(run(["--jsonl"], "x").stderr).toMatch(/^lookup: --jsonl needs at least one FILE/);
    const a = write("c.txt", "x");
    expect(run([a, a]).stderr).toMatch(/^lookup: one FILE at most/);
  });
});

describe("scripts/lookup.ts, readable output", () => {
  it("prints a ranked list with confidence and what it matched on", () => {
    const result = run([write("t.txt", PYTHON_TRACE)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("1. BadRequestError: prompt is too long");
    expect(result.stdout).toContain("demo-sdk/prompt-too-long  ·  high confidence");
    expect(result.stdout).toMatch(/matched on: line 6 ".*" matches the whole template/);
  });

  it("says so when nothing matches", () => {
    const result = run([], "hello world\n");
    expect([result.status, result.stdout.trim().split("\n").pop()]).toEqual([0, "No page matches this error."]);
  });
});

describe("scripts/lookup.ts, unusable input", () => {
  it("exits 2 with one line on stderr, no stack trace, for an unreadable FILE", () => {
    const result = run(["--json", join(dir, "missing.txt")]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^lookup: cannot read .*missing\.txt: no such file — pass a readable text file, or pipe the trace on stdin\n$/);
    expect(run([dir]).stderr).toContain("it is a directory");
  });

  it("exits 2 for bad usage", () => {
    expect(run(["--limit", "0"]).status).toBe(2);
    expect(run(["--frobnicate"]).stderr).toMatch(/^lookup: unknown option --frobnicate — run `npm run --silent lookup -- --help` for usage\n$/);
    expect(run(["a.txt", "b.txt"]).status).toBe(2);
    const help = run(["--help"]);
    expect([help.status, help.stdout.startsWith("Usage: npm run --silent lookup -- [--json | --jsonl] [--limit N] [FILE...]")]).toEqual([0, true]);
  });
});
