/**
 * The Anthropic Python SDK's `AWSEventStreamDecoder` (`lib/bedrock/_stream_decoder.py`), which turns
 * botocore-parsed Bedrock frames into server-sent events, in the four variants errata replays:
 *
 * - `v0.14`: 0.14.0 – 0.109.0. Exception frames raise `ValueError`; every chunk is `event="completion"`.
 * - `v0.110`: 0.110.0 – 0.121.0 (#1682, `ed0af5bd`). Same `ValueError`; a chunk's JSON `type` names the
 *   event, `completion` when it has none.
 * - `v1.13`: 1.13.0, read from the wheel's source (`_stream_decoder.py` 55-62, 84-88), not run. Exception frames
 *   become `event: error` with botocore's Code and Message; type-less chunks without `completion` are
 *   dropped.
 * - `fixed`: errata's fix. Exception frames become `event: error` carrying the Anthropic type PR #1479
 *   maps them to (`e7781ac3`), and type-less chunks are dropped as in 1.13.0.
 */
import type { DecodeError } from "../errors.ts";
import type { DecodedFrame } from "../event-stream/types.ts";
import { jsonToPython } from "../python/json-to-python.ts";
import { pyJsonDumps } from "../python/json-dumps.ts";
import { pyRepr, pyStr } from "../python/repr.ts";
import { pyDecodeUtf8 } from "../python/utf8.ts";
import { isPyDict, pyTruthy, type PyValue } from "../python/values.ts";
import { ANTHROPIC_ERROR_CLASSES, BEDROCK_EXCEPTION_MAPPING, errorEnvelope } from "./anthropic-errors.ts";
import { BEDROCK_EXCEPTION_TYPES, botocoreParse, headerValue, responseStatus, toResponseDict, type BedrockExceptionType } from "./botocore.ts";
import { botocoreWireError, decodeErrorOutcome } from "./botocore-errors.ts";
import type { DecoderStep } from "./sdk-stream.ts";
import type { OutcomeError } from "./types.ts";

/** Which decoder version to model. */
export type BedrockDecoderVersion = "v0.14" | "v0.110" | "v1.13" | "fixed";

const LENIENT_UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

function isBedrockType(value: string): value is BedrockExceptionType {
  return (BEDROCK_EXCEPTION_TYPES as readonly string[]).includes(value);
}

/**
 * Turns a chunk's bytes into an SSE event (`_chunk_bytes_to_sse`, or the plain `completion` of ≤ 0.109).
 * @returns The step, or `undefined` when the version drops the chunk.
 */
function chunkStep(bytes: Uint8Array, version: BedrockDecoderVersion): DecoderStep | undefined {
  const decoded = pyDecodeUtf8(bytes);
  if (!decoded.ok) return { raise: { type: "UnicodeDecodeError", message: decoded.error.message } };
  const data = decoded.text;
  // ≤ 0.109.0: `return chunk.get("bytes").decode()`, then `if message:` drops an empty string.
  if (version === "v0.14") return data === "" ? undefined : { sse: { type: "completion", data } };
  let payload: PyValue | undefined;
  try {
    payload = jsonToPython(data);
  } catch {
    payload = undefined;
  }
  if (!isPyDict(payload)) return { sse: { type: "completion", data } };
  const type = payload.value.get("type");
  if (typeof type === "string") return { sse: { type, data } };
  // 1.13.0 and the fix drop type-less payloads such as `{"amazon-bedrock-invocationMetrics": {…}}` (#1647).
  if ((version === "v1.13" || version === "fixed") && !payload.value.has("completion")) return undefined;
  return { sse: { type: "completion", data } };
}

/** PR #1479's `_format_bedrock_error`, with `:error-code`/`:error-message` used for unmodeled `error` frames. */
function fixedErrorStep(frame: DecodedFrame): DecoderStep {
  const header = headerValue(frame, ":exception-type");
  const errorCode = headerValue(frame, ":error-code");
  const rawType = header !== undefined && pyTruthy(header) ? pyStr(header) : errorCode !== undefined && pyTruthy(errorCode) ? pyStr(errorCode) : "bedrock_error";
  const known = isBedrockType(rawType) ? BEDROCK_EXCEPTION_MAPPING[rawType] : undefined;
  const anthropicType = known?.anthropicType ?? rawType;
  let message = "";
  if (frame.payload.length > 0) {
    const text = LENIENT_UTF8.decode(frame.payload);
    let body: PyValue | undefined;
    try {
      body = jsonToPython(text);
    } catch {
      message = text;
    }
    if (body !== undefined) {
      if (isPyDict(body)) {
        const found = [body.value.get("message"), body.value.get("Message")].find((value) => value !== undefined && pyTruthy(value));
        message = found === undefined ? "" : pyStr(found);
      } else message = pyStr(body);
    }
  } else {
    const headerMessage = headerValue(frame, ":error-message");
    if (headerMessage !== undefined) message = pyStr(headerMessage);
  }
  const envelope = errorEnvelope(anthropicType, message || `Bedrock stream error: ${rawType}`);
  const mapped = ANTHROPIC_ERROR_CLASSES[anthropicType];
  const error: OutcomeError = {
    type: mapped?.type ?? "anthropic.APIStatusError",
    message: pyRepr(envelope),
    status: known?.status ?? mapped?.status ?? 200,
    retryable: known?.retryable ?? false,
    errorType: anthropicType,
    exceptionType: rawType,
  };
  const dumped = pyJsonDumps(envelope);
  return { sse: { type: "error", data: dumped.ok ? dumped.text : "" }, error };
}

/**
 * Runs one decoder version over decoded frames, then over the wire error that ended the stream, if any.
 * @param frames The frames, in order.
 * @param wireError The decoder's error after the last frame.
 * @param version The SDK version to model.
 * @yields The SSE events (or exceptions) the SDK's `Stream` receives.
 */
export function* bedrockSseSteps(frames: readonly DecodedFrame[], wireError: DecodeError | undefined, version: BedrockDecoderVersion): Generator<DecoderStep> {
  for (const frame of frames) {
    if (version === "fixed" && responseStatus(frame) !== 200) {
      // #1479 checks the status before calling botocore's parser, so odd bodies cannot crash it.
      yield fixedErrorStep(frame);
      return;
    }
    const parse = botocoreParse(frame);
    if (!parse.ok) {
      yield { raise: parse.error };
      return;
    }
    if (parse.status !== 200) {
      if (version === "v1.13") {
        const error = parse.parsed.value.get("Error");
        const code = isPyDict(error) ? (error.value.get("Code") ?? null) : null;
        const message = isPyDict(error) ? (error.value.get("Message") ?? null) : null;
        const dumped = pyJsonDumps(errorEnvelope(code, message));
        yield dumped.ok ? { sse: { type: "error", data: dumped.text } } : { raise: dumped.error };
        return;
      }
      // `_stream_decoder.py:58` (≤ 0.109.0) / `:59` (0.110.0 – 0.121.0).
      yield { raise: { type: "ValueError", message: `Bad response code, expected 200: ${pyRepr(toResponseDict(frame))}` } };
      return;
    }
    const chunk = parse.parsed.value.get("chunk");
    if (chunk === undefined || !pyTruthy(chunk) || !isPyDict(chunk)) continue;
    const bytes = chunk.value.get("bytes");
    if (bytes === undefined || bytes === null || Array.isArray(bytes) || typeof bytes !== "object" || bytes.py !== "bytes") continue;
    const step = chunkStep(bytes.value, version);
    if (step) yield step;
    if (step && "raise" in step) return;
  }
  if (wireError) {
    yield { raise: version === "fixed" ? { ...decodeErrorOutcome(wireError), retryable: false } : botocoreWireError(wireError) };
  }
}
