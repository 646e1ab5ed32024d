/**
 * The one argument parser of the CLIs (scripts/cli/args.ts): each kind of command-line mistake becomes one plain
 * sentence handed to the command's own `fail`; and a real CLI turns it into its one-line usage error with exit 2.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseCli, type ArgProblem } from "../../../scripts/cli/args.ts";

const OPTIONS = { limit: { type: "string", short: "l" }, json: { type: "boolean" } } as const;

/** The problem parseCli hands to `fail` for these arguments (fail throws, as the CLIs' own do or exit). */
function caught(args: string[], positionals = false): ArgProblem {
  let seen: ArgProblem | undefined;
  try {
    parseCli({ args, positionals, options: OPTIONS }, (problem) => {
      seen = problem;
      throw new Error("failed");
    });
  } catch {
    return seen!;
  }
  throw new Error(`${JSON.stringify(args)} parsed without a problem`);
}

describe("parseCli", () => {
  it("parses options and positionals strictly", () => {
    const fail = (): never => {
      throw new Error("unexpected failure");
    };
    expect(parseCli({ args: ["--limit", "3", "--json", "a.txt"], positionals: true, options: OPTIONS }, fail)).toEqual({
      values: { limit: "3", json: true },
      positionals: ["a.txt"],
    });
    expect(parseCli({ args: ["-l", "4", "-"], positionals: true, options: OPTIONS }, fail).values.limit).toBe("4");
  });

  it.each([
    [["--frobnicate"], { kind: "unknown-option", arg: "--frobnicate", text: "unknown option --frobnicate" }],
    [["-x"], { kind: "unknown-option", arg: "-x", text: "unknown option -x" }],
    [["--limit"], { kind: "missing-value", arg: "--limit", text: "--limit needs a value" }],
    [["-l"], { kind: "missing-value", arg: "--limit", text: "--limit needs a value" }],
    [["--limit", "--json"], { kind: "missing-value", arg: "--limit", text: "--limit needs a value" }],
    [["--json=yes"], { kind: "unexpected-value", arg: "--json", text: "--json takes no value" }],
    [["stray"], { kind: "unexpected-argument", arg: "stray", text: 'unexpected argument "stray"' }],
  ] as const)("turns %j into one sentence", (args, expected) => {
    expect(caught([...args])).toEqual(expected);
  });
});

describe("a CLI through parseCli", () => {
  const cli = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });

  it.each([
    ["scripts/validate.ts", ["--loud"], "validate: unknown option --loud — usage: npm run validate -- [DIR] [--quiet]\n"],
    [
      "scripts/eval-lookup.ts",
      ["--side", "dev"],
      "eval:lookup: --side takes test, train or all, got dev — usage: npm run eval:lookup [-- --side test|train|all] [--batch NAME] [--synthetic N] [--seed S] [--routed] [--misses]\n",
    ],
    [
      "scripts/eval-lookup.ts",
      ["--seed", "x"],
      "eval:lookup: --seed takes a whole number, got x — usage: npm run eval:lookup [-- --side test|train|all] [--batch NAME] [--synthetic N] [--seed S] [--routed] [--misses]\n",
    ],
    ["scripts/eval-parse.ts", [], "eval:parse: give exactly one of --write FILE and --compare FILE — usage: npm run eval:parse -- --write FILE | --compare FILE\n"],
    ["scripts/build.ts", ["--outDir"], "build: --outDir needs a directory — usage: npm run build [-- --outDir DIR]\n"],
    ["scripts/fit-lookup.ts", ["now"], 'fit:lookup: unexpected argument "now" — usage: npm run fit:lookup [-- --routing-only]\n'],
  ])(
    "%s %j: one line on stderr, exit 2, nothing else done",
    (script, args, stderr) => {
      const result = cli(script, ...args);
      expect([result.status, result.stderr, result.stdout]).toEqual([2, stderr, ""]);
    },
    30_000,
  );
});
