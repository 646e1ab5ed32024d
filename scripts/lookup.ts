/**
 * `npm run --silent lookup -- [--json | --jsonl] [--limit N] [FILE...]`: names the page for a pasted error message or
 * stack trace, with the same parser, index and matcher as the site's lookup box. Reads FILE, or stdin when FILE is
 * absent or "-". The index is built once, in memory, from `content/` (or ERRATA_CONTENT), exactly as the site's.
 *
 * Output: a ranked, readable list; with --json exactly one JSON object
 * `{"parsed": [{runtime, type, message, frames}], "matches": [{id, title, signature, score, confidence, why}]}`,
 * best first, `matches` empty when nothing plausibly matches; with --jsonl one such object per FILE and line, with
 * `"file"` first (issue 8 §5).
 *
 * Exit 0 whether or not something matched; 2 for bad usage or an unreadable FILE (one line on stderr).
 */
import { parseCli } from "./cli/args.ts";
import { describeBytes, InputTooLargeError, readInput } from "./read-input.ts";

/** Bytes read from FILE or stdin: the parser examines only the first 1 MiB, the rest is only counted. */
const MAX_LOOKUP_INPUT = 8 * 1024 * 1024;
import { loadContent } from "../src/entries/load-content.ts";
import { lookupPages } from "../src/entries/lookup-pages.ts";
import { buildLookupIndex, createLookup, DEFAULT_LIMIT, type LookupResult } from "../src/lookup/match/index.ts";
import { contentDir } from "../src/site-config.ts";

const USAGE = `Usage: npm run --silent lookup -- [--json | --jsonl] [--limit N] [FILE...]

Reads the error message or stack trace from FILE, or from stdin when FILE is absent or "-", and prints
the pages that explain it, best first, with why each matched. --limit N caps the list (default ${DEFAULT_LIMIT}).
--json prints one JSON object {"parsed": [...], "matches": [...]} for one FILE; --jsonl reads every FILE and
prints one object {"file", "parsed", "matches"} per line. Pages come from content/ (or ERRATA_CONTENT).
Exit 0 whether or not a page matched, 2 for bad usage or an unreadable FILE.`;

const HINT = "run `npm run --silent lookup -- --help` for usage";

/** Bad usage: printed as one line on stderr, exit 2. */
class UsageError extends Error {}

interface Options {
  json: boolean;
  jsonl: boolean;
  limit: number;
  files: string[];
}

function parseArgs(args: string[]): Options | "help" {
  const { values, positionals } = parseCli(
    { args, positionals: true, options: { help: { type: "boolean", short: "h" }, json: { type: "boolean" }, jsonl: { type: "boolean" }, limit: { type: "string" } } },
    (problem) => {
      throw new UsageError(`${problem.text} — ${HINT}`);
    },
  );
  if (values.help) return "help";
  const options: Options = { json: values.json ?? false, jsonl: values.jsonl ?? false, limit: DEFAULT_LIMIT, files: positionals };
  if (values.limit !== undefined) {
    if (!/^[1-9]\d*$/.test(values.limit)) throw new UsageError(`--limit needs a positive whole number, got ${JSON.stringify(values.limit)} — ${HINT}`);
    options.limit = Number(values.limit);
  }
  if (options.json && options.jsonl) throw new UsageError(`--json and --jsonl do not go together — ${HINT}`);
  if (!options.jsonl && options.files.length > 1)
    throw new UsageError(`one FILE at most, got ${JSON.stringify(options.files[0])} and ${JSON.stringify(options.files[1])} (use --jsonl for several) — ${HINT}`);
  if (options.jsonl && options.files.length === 0) throw new UsageError(`--jsonl needs at least one FILE — ${HINT}`);
  return options;
}

function readText(file: string | undefined): string {
  if ((file === undefined || file === "-") && process.stdin.isTTY) process.stderr.write("lookup: paste the error, then press Ctrl-D (or pass a FILE)\n");
  try {
    return readInput(file, MAX_LOOKUP_INPUT).toString("utf8");
  } catch (error) {
    if (error instanceof InputTooLargeError) throw new UsageError(`${error.message} — lookup reads at most ${describeBytes(MAX_LOOKUP_INPUT)}; paste the trace, not the whole log`);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${why} — pass a readable text file, or pipe the trace on stdin`);
  }
}

function report(result: LookupResult): { parsed: unknown[]; matches: unknown[] } {
  return {
    parsed: result.parsed.map(({ runtime, type, message, frames }) => ({ runtime, type, message, frames })),
    matches: result.matches.map(({ id, title, signature, score, confidence, why }) => ({ id, title, signature, score, confidence, why })),
  };
}

function toText(result: LookupResult): string {
  const lines: string[] = [];
  const found = result.parsed.filter((e) => e.type || e.message);
  lines.push(
    found.length === 0
      ? "No error line recognised in the input."
      : `Read ${found.length} error${found.length === 1 ? "" : "s"}: ${found.map((e) => [e.type, e.message.replace(/\s+/g, " ").slice(0, 80)].filter(Boolean).join(": ")).join(" | ")}`,
  );
  if (result.capped) lines.push(`(input cut at ${result.capped.keptBytes} of ${result.capped.inputBytes} bytes: ${result.capped.limit})`);
  lines.push("");
  if (result.matches.length === 0) {
    lines.push("No page matches this error.");
    return lines.join("\n");
  }
  result.matches.forEach((m, i) => {
    lines.push(`${i + 1}. ${m.title}`);
    lines.push(`   ${m.id}  ·  ${m.confidence} confidence (score ${m.score.toFixed(2)})`);
    if (m.summary) lines.push(`   First: ${m.summary}`);
    if (m.fix) lines.push(`   Fix: ${m.fix}`);
    lines.push(`   matched on: ${m.why.text}`);
    lines.push("");
  });
  return lines.join("\n").trimEnd();
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options === "help") {
    console.log(USAGE);
    return;
  }
  // Read every input first: an unreadable FILE is bad usage, reported before any output.
  const inputs = (options.files.length ? options.files : ["-"]).map((file) => ({ file, text: readText(file === "-" ? undefined : file) }));
  const content = loadContent(contentDir());
  if (content.pages.length === 0) process.stderr.write(`lookup: no pages loaded from ${content.dir} — run \`npm run validate\` to see why\n`);
  const index = buildLookupIndex(lookupPages(content.pages));
  const lookup = createLookup(index.manifest, (name) => Promise.resolve(index.shards[name]));
  for (const { file, text } of inputs) {
    const result = await lookup.lookup(text, { limit: options.limit });
    if (options.jsonl) console.log(JSON.stringify({ file, ...report(result) }));
    else console.log(options.json ? JSON.stringify(report(result)) : toText(result));
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`lookup: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  throw error;
});
