/**
 * `npm run --silent decode -- <decoder> [options] [FILE]`: decode an AWS event stream or an SSE stream
 * and, with `--client`, replay it through a model of a real client to show the error it raises.
 *
 * Exit codes: 0 when the bytes decode (even if the modelled client raises, which is in `outcome`),
 * 1 when the wire format itself is broken (the decoder's error is in `outcome.error`, with `code`),
 * 2 for bad usage or unreadable input (one line on stderr, no stack trace).
 */
import { parseCli } from "./cli/args.ts";
import { describeBytes, InputTooLargeError, readChunks, readInput } from "./read-input.ts";
import {
  CLIENT_IDS,
  createDecoderReplay,
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
  type ReplayResult,
} from "../src/decoders/index.ts";

/**
 * Caps, so no input can hold the process past about 1 GB (measured in tests/unit/security/cli-caps.test.ts's
 * comment). A bare decode streams the body through the incremental decoder and stops at the first wire
 * error, so a bad prelude is reported after its first 12 bytes whatever follows; it keeps reading while the
 * stream stays valid, up to MAX_DECODE_STREAM bytes and MAX_DECODE_ITEMS frames or events. A replay
 * through a client model (and hex or base64 text) needs the whole body at once: MAX_DECODE_INPUT.
 * Real captured streams are well under 1 MiB; the peer vectors reach 25 MiB (botocore's over-long
 * payload) and 10 MiB (eventsource-parser's huge data chunks).
 */
export const MAX_DECODE_STREAM = 64 * 1024 * 1024;
export const MAX_DECODE_ITEMS = 100_000;
export const MAX_DECODE_INPUT = 4 * 1024 * 1024;

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
  const { values, positionals } = parseCli(
    {
      args: [...argv],
      positionals: true,
      options: { help: { type: "boolean", short: "h" }, json: { type: "boolean" }, client: { type: "string" }, retry: { type: "string" }, fix: { type: "string" }, input: { type: "string" } },
    },
    (problem) => {
      if (problem.kind === "unknown-option") throw new UsageError(`unknown option ${JSON.stringify(problem.arg)}; ${HINT}.`);
      throw new UsageError(`${problem.text}; ${HINT}.`);
    },
  );
  if (values.help) return "help";
  const { client, retry, fix, json = false } = values;
  if (fix !== undefined && fix !== "before" && fix !== "after") throw new UsageError(`unknown --fix ${JSON.stringify(fix)}; use before or after.`);
  const input = values.input ?? "raw";
  if (!(INPUTS as readonly string[]).includes(input)) throw new UsageError(`unknown --input ${JSON.stringify(input)}; use raw, hex or base64.`);
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
  const options: Options = { decoder: decoder as DecoderId, fix: fix ?? "before", input: input as InputFormat, json };
  if (client !== undefined) options.client = client as ClientId;
  if (file !== undefined && file !== "-") options.file = file;
  if (retry !== undefined) options.retry = retry;
  return options;
}

function checkReadable(path: string | undefined): void {
  if (path === undefined && process.stdin.isTTY) {
    throw new UsageError(`no input; pass FILE or pipe the bytes on stdin (${HINT}).`);
  }
}

function unreadable(path: string | undefined, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
  return new UsageError(`cannot read ${path === undefined ? "stdin" : JSON.stringify(path)} (${code}); check the path.`);
}

/** The whole body, for a client replay or a hex/base64 text: at most MAX_DECODE_INPUT. */
function readBytes(path: string | undefined, format: InputFormat): Uint8Array {
  checkReadable(path);
  let raw: Buffer;
  try {
    raw = readInput(path, MAX_DECODE_INPUT);
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      const why = format === "raw" ? "a replay through --client reads" : `--input ${format} reads`;
      throw new UsageError(`${error.message}; ${why} at most ${describeBytes(MAX_DECODE_INPUT)} — cut the capture to the frames that matter.`);
    }
    throw unreadable(path, error);
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

/** A bare decode of raw bytes, streamed: memory follows what is decoded, not the size of the input. */
function streamDecode(decoder: DecoderId, path: string | undefined): ReplayResult {
  checkReadable(path);
  const stream = createDecoderReplay(decoder);
  const unit = decoder === "sse" ? "events" : "frames";
  try {
    readChunks(path, MAX_DECODE_STREAM, (chunk) => {
      const going = stream.feed(chunk);
      if (stream.decoded > MAX_DECODE_ITEMS) {
        throw new UsageError(`${path ?? "stdin"} holds more than ${MAX_DECODE_ITEMS.toLocaleString("en-US")} ${unit}; decode keeps at most that many — cut the capture to the ${unit} that matter.`);
      }
      return going;
    });
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      throw new UsageError(`${error.message}; decode reads at most ${describeBytes(MAX_DECODE_STREAM)} of a valid stream — cut the capture to the ${unit} that matter.`);
    }
    // Only a failed open or read is "cannot read"; the cap's UsageError and any fault of the decoder itself pass through.
    if (error instanceof Error && "syscall" in error) throw unreadable(path, error);
    throw error;
  }
  return stream.finish();
}

function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let result: ReplayResult;
  if (options.client === undefined) {
    result = options.input === "raw" ? streamDecode(options.decoder, options.file) : replayDecoder(options.decoder, readBytes(options.file, options.input));
  } else {
    const bytes = readBytes(options.file, options.input);
    const retry = options.retry === undefined ? undefined : readBytes(options.retry, options.input);
    result = replay(options.client, options.fix, bytes, retry ? { retry } : {});
  }
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
