/**
 * How `@anthropic-ai/bedrock-sdk` 0.30.2 turns Bedrock's binary event stream into the SSE the core SDK
 * reads (`eventStreamToSSEResponse`, `src/core/streaming.ts:43-96` in the 0.30.2 npm package), with
 * the AWS decoding it calls: `@smithy/eventstream-serde-universal` 2.2.0 `getMessageUnmarshaller`
 * (dist-cjs/index.js:117-146) and `getChunkedStream` (:32-113), `@smithy/eventstream-codec` 2.2.0
 * `splitMessage` (:269-300), and the package's `de_ResponseStream` (`src/AWS_restJson1.ts:114-152`).
 *
 * - A `chunk` event frame: the payload's `bytes` (base64) are decoded; JSON with a string `type` becomes
 *   `event: <type>` + `data: <JSON re-serialised>`; JSON without a `type` is dropped; anything else
 *   throws `AnthropicError: Could not parse a Bedrock chunk into JSON: …`.
 * - An exception frame throws inside the AWS unmarshaller, so 0.30.2's own branch that would turn it into
 *   an SSE `error` event is never reached: the four modelled types throw the AWS exception (message =
 *   the payload's `message`), any other type a plain `Error` whose message is the raw payload.
 * - Wire errors throw the codec's messages (truncation, the two CRC checks; others keep errata's message).
 * Each thrown error stops the body, and `MessageStream` re-throws it as `AnthropicError` (see
 * `ts-message-stream.ts`).
 */
import { fromBase64 } from "../bytes.ts";
import type { DecodeError } from "../errors.ts";
import { scanEventStream } from "../event-stream/message-decoder.ts";
import type { DecodedFrame } from "../event-stream/types.ts";
import { tsSseEvents, tsStreamStep, type TsStreamStep } from "./ts-sse-decoder.ts";
import type { OutcomeError } from "./types.ts";

/** The exception members `de_ResponseStream` knows (the AWS SDK's ResponseStream union, as copied into 0.30.2). */
const MODELLED_EXCEPTIONS: ReadonlySet<string> = new Set(["internalServerException", "modelStreamErrorException", "validationException", "throttlingException"]);

const LENIENT = new TextDecoder();

/** A header's value as the unmarshaller hands it over (the client stringifies it with `String`, as modelled below). */
function header(frame: DecodedFrame, name: string): DecodedFrame["headers"][number]["value"] | undefined {
  return frame.headers.find((h) => h.name === name)?.value;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: OutcomeError } {
  try {
    return { ok: true, value: text.length ? JSON.parse(text) : {} };
  } catch (error) {
    return { ok: false, error: { type: "SyntaxError", message: (error as Error).message } };
  }
}

/** The smithy codec's message for a wire error errata's decoder found. */
function codecError(error: DecodeError): OutcomeError {
  switch (error.code) {
    case "incomplete-frame":
      return { type: "Error", message: "Truncated event message received." };
    case "too-short":
      return { type: "Error", message: "Provided message too short to accommodate event stream message overhead" };
    case "prelude-crc":
      return { type: "Error", message: `The prelude checksum specified in the message (${error.expected}) does not match the calculated CRC32 checksum (${error.actual})` };
    case "message-crc":
      return { type: "Error", message: `The message checksum (${error.actual}) did not match the expected value of ${error.expected}` };
    case "unknown-header-type":
      return { type: "Error", message: "Unrecognized header type tag" };
    default:
      return { type: "Error", message: error.message };
  }
}

/** One frame through the unmarshaller and 0.30.2's transcoder: SSE text to emit, or the thrown error. */
function frameToSse(frame: DecodedFrame): { sse?: string; raise?: OutcomeError } {
  const messageType = header(frame, ":message-type");
  const payload = LENIENT.decode(frame.payload);
  if (messageType === "error") {
    return { raise: { type: String(header(frame, ":error-code")), message: String(header(frame, ":error-message") || "UnknownError") } };
  }
  if (messageType === "exception") {
    const code = String(header(frame, ":exception-type"));
    if (!MODELLED_EXCEPTIONS.has(code)) return { raise: { type: code, message: payload } };
    const body = parseJson(payload);
    if (!body.ok) return { raise: body.error };
    const message = (body.value as { message?: unknown } | null)?.message;
    return { raise: { type: code.charAt(0).toUpperCase() + code.slice(1), message: typeof message === "string" && message ? message : "UnknownError" } };
  }
  if (messageType !== "event") return { raise: { type: "Error", message: `Unrecognizable event type: ${String(header(frame, ":event-type"))}` } };
  if (header(frame, ":event-type") !== "chunk") return {};
  const body = parseJson(payload);
  if (!body.ok) return { raise: body.error };
  const base64 = (body.value as { bytes?: unknown } | null)?.bytes;
  if (typeof base64 !== "string") return {};
  let data: string;
  try {
    data = LENIENT.decode(fromBase64(base64));
  } catch {
    // @smithy/util-base64 rejects bad padding and characters with a TypeError (message not checked).
    return { raise: { type: "TypeError", message: "Invalid base64 string." } };
  }
  const parsed = parseJson(data);
  if (!parsed.ok || data.length === 0) return { raise: { type: "AnthropicError", message: `Could not parse a Bedrock chunk into JSON: ${data}` } };
  const type = typeof parsed.value === "object" && parsed.value !== null ? (parsed.value as { type?: unknown }).type : undefined;
  return typeof type === "string" ? { sse: `event: ${type}\ndata: ${JSON.stringify(parsed.value)}\n\n` } : {};
}

/**
 * Replays a Bedrock body through 0.30.2's transcoding and the core SDK's Stream.
 * @param bytes The HTTP response body.
 * @yields The Stream's steps, ending with the thrown error, if any.
 */
export function* bedrockTsSteps(bytes: Uint8Array): Generator<TsStreamStep> {
  const { frames, error } = scanEventStream(bytes);
  for (const frame of frames) {
    const { sse, raise } = frameToSse(frame);
    if (raise) {
      yield { raise };
      return;
    }
    for (const event of sse ? tsSseEvents(new TextEncoder().encode(sse)) : []) {
      // bedrock-sdk 0.30.x requires @anthropic-ai/sdk below 1.0.
      const step = tsStreamStep(event, "0.x");
      yield step;
      if (step.raise) return;
    }
  }
  if (error) yield { raise: codecError(error) };
}
