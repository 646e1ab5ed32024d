/**
 * `npm run --silent decode -- <decoder> [options] [FILE]`: decode an AWS event stream or an SSE stream
 * and, with `--client`, replay it through a model of a real client to show the error it raises.
 *
 * Exit codes: 0 when the bytes decode (even if the modelled client raises, which is in `outcome`),
 * 1 when the wire format itself is broken (the decoder's error is in `outcome.error`, with `code`),
 * 2 for bad usage or unreadable input (one line on stderr, no stack trace).
 */
import { describeBytes, InputTooLargeError, readInput } from "./read-input.ts";

/**
 * Bytes read from FILE or stdin. Real captured streams are well under 1 MiB; 4 MiB of the smallest
 * possible frames (16 bytes each, ~260k frames) peaks near 400 MB and 5 s, so memory stays bounded.
 */
export const MAX_DECODE_INPUT = 4 * 1024 * 1024;
import {
  CLIENT_IDS,
  DecodeError,
  formatReport,
  fromBase64,
  fromHex,
  getClient,
  replay,
  replayDecoder,
  toJsonReport,
  type ClientId,
  type DecoderId,
  type Fix,
} from "../src/decoders/index.ts";

const USAGE = `Usage: npm run --silent decode -- <aws-eventstream|sse> [--client <id>] [--fix before|after] [--input raw|hex|base64] [--retry FILE] [--json] [FILE]

Reads FILE, or stdin when FILE is absent or "-". --input says how the bytes are written (default raw;
hex and base64 ignore whitespace). Without --client the outcome is the decoder's own verdict.
--client replays the stream through a model of a real client: ${CLIENT_IDS.join(", ")}.
--fix before (default) models the shipped bug, --fix after the fix; --retry FILE gives the body a
re-issued request receives. --json prints one JSON object {frames, events, outcome[, attempts]}.
Exit 0 when the bytes decode, 1 when the wire format is broken, 2 for bad usage.`;

const HINT = "run `npm run --silent decode -- --help` for usage";
const DECODERS: readonly DecoderId[] = ["aws-eventstream", "sse"];
const INPUTS = ["raw", "hex", "base64"] as const;
type InputFormat = (typeof INPUTS)[number];

/** Bad usage: the message is printed as one line on stderr. */
class UsageError extends Error {}

interface Options {
  decoder: DecoderId;
  client?: ClientId;
  fix: Fix;
  input: InputFormat;
  json: boolean;
  file?: string;
  retry?: string;
}

function parseArgs(argv: readonly string[]): Options | "help" {
  const positionals: string[] = [];
  let client: string | undefined;
  let fix: Fix | undefined;
  let input: InputFormat = "raw";
  let json = false;
  let retry: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} needs a value; ${HINT}.`);
      return next;
    };
    if (arg === "--help" || arg === "-h") return "help";
    else if (arg === "--json") json = true;
    else if (arg === "--client") client = value();
    else if (arg === "--retry") retry = value();
    else if (arg === "--fix") {
      const given = value();
      if (given !== "before" && given !== "after") throw new UsageError(`unknown --fix ${JSON.stringify(given)}; use before or after.`);
      fix = given;
    } else if (arg === "--input") {
      const given = value();
      if (!(INPUTS as readonly string[]).includes(given)) throw new UsageError(`unknown --input ${JSON.stringify(given)}; use raw, hex or base64.`);
      input = given as InputFormat;
    } else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${JSON.stringify(arg)}; ${HINT}.`);
    else positionals.push(arg);
  }
  const [decoder, file, ...extra] = positionals;
  if (decoder === undefined) throw new UsageError(`missing <decoder>; use aws-eventstream or sse (${HINT}).`);
  if (!(DECODERS as readonly string[]).includes(decoder)) {
    throw new UsageError(`unknown decoder ${JSON.stringify(decoder)}; use aws-eventstream or sse.`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}; give at most one FILE.`);
  if (client !== undefined) {
    const model = getClient(client);
    if (!model) throw new UsageError(`unknown client ${JSON.stringify(client)}; use one of ${CLIENT_IDS.join(", ")}.`);
    if (model.decoder !== decoder) {
      throw new UsageError(`client ${client} reads ${model.decoder}, not ${decoder}; pass ${model.decoder} as the decoder.`);
    }
  } else if (fix !== undefined || retry !== undefined) {
    throw new UsageError(`${fix !== undefined ? "--fix" : "--retry"} needs --client; ${HINT}.`);
  }
  const options: Options = { decoder: decoder as DecoderId, fix: fix ?? "before", input, json };
  if (client !== undefined) options.client = client as ClientId;
  if (file !== undefined && file !== "-") options.file = file;
  if (retry !== undefined) options.retry = retry;
  return options;
}

function readBytes(path: string | undefined, format: InputFormat): Uint8Array {
  let raw: Uint8Array;
  if (path === undefined && process.stdin.isTTY) {
    throw new UsageError(`no input; pass FILE or pipe the bytes on stdin (${HINT}).`);
  }
  try {
    raw = readInput(path, MAX_DECODE_INPUT);
  } catch (error) {
    if (error instanceof InputTooLargeError) throw new UsageError(`${error.message}; decode reads at most ${describeBytes(MAX_DECODE_INPUT)} — cut the capture to the frames that matter.`);
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    throw new UsageError(`cannot read ${path === undefined ? "stdin" : JSON.stringify(path)} (${code}); check the path.`);
  }
  if (format === "raw") return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const text = new TextDecoder().decode(raw);
  try {
    return format === "hex" ? fromHex(text) : fromBase64(text);
  } catch (error) {
    if (error instanceof DecodeError) {
      throw new UsageError(`${path ?? "stdin"} is not valid ${format}: ${error.message} Pass --input raw for binary input.`);
    }
    throw error;
  }
}

function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const bytes = readBytes(options.file, options.input);
  const retry = options.retry === undefined ? undefined : readBytes(options.retry, options.input);
  const result =
    options.client === undefined
      ? replayDecoder(options.decoder, bytes)
      : replay(options.client, options.fix, bytes, retry ? { retry } : {});
  process.stdout.write(options.json ? `${JSON.stringify(toJsonReport(result), null, 2)}\n` : `${formatReport(result)}\n`);
  return "error" in result.outcome && result.outcome.error.code !== undefined ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`decode: ${error.message}\n`);
    process.exitCode = 2;
  } else throw error;
}
