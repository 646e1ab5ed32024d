/**
 * boto3 `invoke_model_with_response_stream` iterating `response["body"]` (P18; botocore 1.43.11).
 *
 * Bug (`before`): `EventStream._parse_event` (`botocore/eventstream.py:602-608`) parses each frame and,
 * for status 400, raises `botocore.exceptions.EventStreamError` (a `ClientError`, `exceptions.py:517-555`)
 * with `An error occurred (<Code>) when calling the InvokeModelWithResponseStream operation: <Message>`.
 * The error arrives after HTTP 200 and botocore's retry handler never sees it (boto/botocore#3126).
 * Yielded events are the parsed dicts, e.g. `{'chunk': {'bytes': b'…'}}`; an empty parse is skipped.
 *
 * Fix (`after`): an application-level wrapper catches `EventStreamError`, reads
 * `err.response['Error']['Code']`, and re-issues the request for every Bedrock exception type except
 * `validationException`, which needs the request fixed rather than re-sent (the pattern litellm and others use).
 */
import { scanEventStream } from "../event-stream/message-decoder.ts";
import { pyStr } from "../python/repr.ts";
import { isPyDict, pyTruthy, type PyValue } from "../python/values.ts";
import { BEDROCK_EXCEPTION_TYPES, botocoreParse } from "./botocore.ts";
import { botocoreWireError, decodeErrorOutcome } from "./botocore-errors.ts";
import { isRetryableType } from "./retry-policy.ts";
import type { AttemptResult, ClientModel, Fix, OutcomeError, StreamEvent, VersionNote } from "./types.ts";
import type { DecodedFrame } from "../event-stream/types.ts";

const OPERATION = "InvokeModelWithResponseStream";
const LENIENT_UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Versions and behaviours. */
export const BOTO3_BEDROCK_VERSIONS: readonly VersionNote[] = [
  {
    versions: "botocore (every release with event streams; checked with 1.43.11)",
    fix: "before",
    behaviour: "Raises botocore.exceptions.EventStreamError for an exception frame; botocore's retry handler never retries it.",
    example:
      "botocore.exceptions.EventStreamError: An error occurred (throttlingException) when calling the InvokeModelWithResponseStream operation: Too many tokens, please wait before trying again.",
    confirmed: true,
    sources: ["https://github.com/boto/botocore/blob/develop/botocore/eventstream.py", "https://github.com/boto/botocore/issues/3126"],
  },
  {
    versions: "any (user-side fix)",
    fix: "after",
    behaviour: "Catch EventStreamError around the iteration and re-issue the whole request with back-off when err.response['Error']['Code'] is transient.",
    confirmed: false,
    sources: ["https://github.com/BerriAI/litellm/issues/1790"],
  },
];

function eventFromParsed(member: string, value: PyValue): StreamEvent {
  const bytes = isPyDict(value) ? value.value.get("bytes") : undefined;
  if (typeof bytes === "object" && bytes !== null && !Array.isArray(bytes) && bytes.py === "bytes") {
    return { type: member, data: LENIENT_UTF8.decode(bytes.value) };
  }
  return { type: member, data: "" };
}

function run(bytes: Uint8Array, fix: Fix): AttemptResult {
  const scan = scanEventStream(bytes);
  const frames = scan.frames;
  const events: StreamEvent[] = [];
  let error = processFrames(frames, events);
  if (!error && scan.error) error = fix === "before" ? botocoreWireError(scan.error) : decodeErrorOutcome(scan.error);
  if (!error) return { frames, events, outcome: { ok: true } };
  return { frames, events, outcome: { error: fix === "after" ? { ...error, retryable: isRetryableType(error.errorType) } : error } };
}

/** `EventStream.__iter__` over frames; returns the raised error, if any. */
function processFrames(frames: readonly DecodedFrame[], events: StreamEvent[]): OutcomeError | undefined {
  for (const frame of frames) {
    const parse = botocoreParse(frame);
    if (!parse.ok) return parse.error;
    if (parse.status !== 200) {
      const error = parse.parsed.value.get("Error");
      const code = isPyDict(error) ? (error.value.get("Code") ?? "Unknown") : "Unknown";
      const message = isPyDict(error) ? (error.value.get("Message") ?? "Unknown") : "Unknown";
      const raised: OutcomeError = {
        type: "botocore.exceptions.EventStreamError",
        message: `An error occurred (${pyStr(code)}) when calling the ${OPERATION} operation: ${pyStr(message)}`,
        errorType: pyStr(code),
      };
      if (typeof code === "string" && (BEDROCK_EXCEPTION_TYPES as readonly string[]).includes(code)) raised.exceptionType = code;
      return raised;
    }
    // `if parsed_event: yield parsed_event` — an unknown event type parses to {} and is skipped.
    if (!pyTruthy(parse.parsed)) continue;
    for (const [member, value] of parse.parsed.value) events.push(eventFromParsed(member, value));
  }
  return undefined;
}

/** The model. */
export const boto3Bedrock: ClientModel = {
  id: "boto3-bedrock",
  title: "boto3 / botocore, invoke_model_with_response_stream",
  description:
    "A Bedrock exception frame mid-stream raises botocore.exceptions.EventStreamError, which botocore never retries. The fix retries the whole request at the application level for transient codes.",
  decoder: "aws-eventstream",
  versions: BOTO3_BEDROCK_VERSIONS,
  run,
};
