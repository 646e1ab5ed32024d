/**
 * One argument parser for every CLI in scripts/: node:util `parseArgs`, strict, positionals allowed only where the
 * command takes them. parseArgs throws on an unknown option, a missing value, a value given to a flag, or a stray
 * positional; `parseCli` turns that into one plain sentence (`unknown option --x`, `--limit needs a value`) and hands
 * it to the command's own `fail`, which prints the command's one-line usage error and exits 2 — never a stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

/** What was wrong on the command line, in words a CLI can print as is (`text`) or rephrase from `kind` and `arg`. */
export interface ArgProblem {
  kind: "unknown-option" | "missing-value" | "unexpected-value" | "unexpected-argument";
  /** The option (`--limit`) or, for a stray positional, the argument itself. */
  arg: string;
  text: string;
}

export interface CliSpec<T extends ParseArgsOptionsConfig> {
  options: T;
  /** Whether the command takes positional arguments (FILE, DIR, the error text…). */
  positionals?: boolean;
  /** The arguments; default process.argv after the script. */
  args?: string[];
}

/** parseArgs' error as an ArgProblem. Its messages are stable per error code; the option name is read from them. */
function argProblem(error: unknown): ArgProblem {
  const { code, message } = error as { code?: string; message: string };
  const option = /--[\w-]+/.exec(message)?.[0] ?? /'(-[^'\s,]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return { kind: "unknown-option", arg: option, text: `unknown option ${option}` };
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const arg = /^Unexpected argument '(.*)'\. /s.exec(message)?.[1] ?? "";
    return { kind: "unexpected-argument", arg, text: `unexpected argument ${JSON.stringify(arg)}` };
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /does not take an argument/.test(message)) {
    return { kind: "unexpected-value", arg: option, text: `${option} takes no value` };
  }
  // "argument missing", or "argument is ambiguous": the next word is an option (`--limit --json`), so the value is missing.
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return { kind: "missing-value", arg: option, text: `${option} needs a value` };
  throw error;
}

/** Parses the command line strictly; on a mistake calls `fail` with the problem (which prints and exits, or throws). */
export function parseCli<T extends ParseArgsOptionsConfig>(spec: CliSpec<T>, fail: (problem: ArgProblem) => never) {
  try {
    return parseArgs({ args: spec.args ?? process.argv.slice(2), options: spec.options, strict: true, allowPositionals: spec.positionals ?? false });
  } catch (error) {
    return fail(argProblem(error));
  }
}

/** The usual `fail`: `<name>: <message> — <hint>` on stderr, exit 2. */
export function usageExit(name: string, hint: string): (problem: ArgProblem | string) => never {
  return (problem) => {
    process.stderr.write(`${name}: ${typeof problem === "string" ? problem : problem.text} — ${hint}\n`);
    process.exit(2);
  };
}
