/**
 * Bedrock `InvokeModelWithResponseStream` bodies for the playground and the tests. Frames A, B and C
 * are the real-format frames of ./bedrock-frames.ts; the others are built with the encoder and pass the same
 * CRC checks. Exception messages other than Frames B and C are illustrative.
 */
import { concatBytes } from "../bytes.ts";
import type { BedrockExceptionType } from "../clients/botocore.ts";
import { FRAME_A, FRAME_B, FRAME_C, buildChunkFrame, buildExceptionFrame } from "./bedrock-frames.ts";
import type { Sample } from "./types.ts";

const CONTENT_BLOCK_START = buildChunkFrame('{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}');
const DELTA_HELLO = buildChunkFrame('{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}');
const DELTA_REST = buildChunkFrame('{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"! How can I help?"}}');
const CONTENT_BLOCK_STOP = buildChunkFrame('{"type":"content_block_stop","index":0}');
const MESSAGE_DELTA = buildChunkFrame('{"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":12}}');
const MESSAGE_STOP = buildChunkFrame('{"type":"message_stop"}');

/** A complete, successful stream: the normal answer, and what a retried request returns. */
export const BEDROCK_NORMAL: Uint8Array = concatBytes([FRAME_A, CONTENT_BLOCK_START, DELTA_HELLO, DELTA_REST, CONTENT_BLOCK_STOP, MESSAGE_DELTA, MESSAGE_STOP]);

/** The payload message of each exception sample. */
export const BEDROCK_EXCEPTION_MESSAGES: Readonly<Record<BedrockExceptionType, string>> = {
  internalServerException: "The system encountered an unexpected error during processing. Try your request again.",
  modelStreamErrorException: "The model stream was interrupted. Try your request again.",
  validationException:
    "messages.2: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_bdrk_01. Each `tool_use` block must have a corresponding `tool_result` block in the next message.",
  throttlingException: "Too many tokens, please wait before trying again.",
  modelTimeoutException: "Model has timed out in processing the request. Try your request again.",
  serviceUnavailableException: "Bedrock is unable to process your request.",
};

function exceptionFrame(type: BedrockExceptionType): Uint8Array {
  // Frames B and C are used verbatim where they fit.
  if (type === "internalServerException") return FRAME_B;
  if (type === "throttlingException") return FRAME_C;
  const extra = type === "modelStreamErrorException" ? { originalStatusCode: 529, originalMessage: "Overloaded" } : undefined;
  return buildExceptionFrame({ exceptionType: type, message: BEDROCK_EXCEPTION_MESSAGES[type], ...(extra ? { extra } : {}) });
}

const EXCEPTION_TITLES: Readonly<Record<BedrockExceptionType, string>> = {
  internalServerException: "internalServerException after two chunks",
  modelStreamErrorException: "modelStreamErrorException after two chunks",
  validationException: "validationException after two chunks",
  throttlingException: "throttlingException after two chunks",
  modelTimeoutException: "modelTimeoutException after two chunks",
  serviceUnavailableException: "serviceUnavailableException after two chunks",
};

function exceptionSample(type: BedrockExceptionType): Sample {
  return {
    id: `bedrock-${type.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
    title: EXCEPTION_TITLES[type],
    description: `HTTP 200, then message_start and content_block_start, then a ${type} frame (:message-type exception). A retried request gets the normal stream.`,
    decoder: "aws-eventstream",
    bytes: concatBytes([FRAME_A, CONTENT_BLOCK_START, exceptionFrame(type)]),
    retry: BEDROCK_NORMAL,
  };
}

/** Flips one bit in the payload of the third frame, so its message CRC no longer matches. */
function corrupted(): Uint8Array {
  const bytes = BEDROCK_NORMAL.slice();
  const third = FRAME_A.length + CONTENT_BLOCK_START.length;
  // 12-byte prelude + 75-byte header block, then 10 bytes into the payload.
  bytes[third + 12 + 75 + 10] = (bytes[third + 12 + 75 + 10] ?? 0) ^ 0x01;
  return bytes;
}

/** The Bedrock samples. */
export const BEDROCK_SAMPLES: readonly Sample[] = [
  {
    id: "bedrock-normal",
    title: "Normal complete stream",
    description: "message_start, content_block_start, two text deltas, content_block_stop, message_delta, message_stop; every frame a chunk.",
    decoder: "aws-eventstream",
    bytes: BEDROCK_NORMAL,
  },
  ...(["internalServerException", "modelStreamErrorException", "validationException", "throttlingException", "modelTimeoutException", "serviceUnavailableException"] as const).map(exceptionSample),
  {
    id: "bedrock-fails-after-three-chunks",
    title: "Fails after three good chunks",
    description: "message_start, content_block_start and a text delta arrive, then Frame C (throttlingException). A retried request gets the normal stream.",
    decoder: "aws-eventstream",
    bytes: concatBytes([FRAME_A, CONTENT_BLOCK_START, DELTA_HELLO, FRAME_C]),
    retry: BEDROCK_NORMAL,
  },
  {
    id: "bedrock-corrupted-frame",
    title: "Corrupted frame (message CRC mismatch)",
    description: "The normal stream with one bit flipped in the payload of its third frame: the prelude still checks, the message CRC does not.",
    decoder: "aws-eventstream",
    bytes: corrupted(),
    retry: BEDROCK_NORMAL,
  },
  {
    id: "bedrock-inband-error-chunk",
    title: "In-band error chunk (P26)",
    description: 'A normal chunk whose decoded bytes are an Anthropic error, {"type":"error",…}, as the first event (cross-region inference profiles, sdk-python #1472).',
    decoder: "aws-eventstream",
    bytes: buildChunkFrame('{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited","details":null},"request_id":"req_bdrk_01"}'),
    retry: BEDROCK_NORMAL,
  },
  {
    id: "bedrock-metrics-trailer",
    title: "Invocation-metrics trailer (P26)",
    description: 'The normal stream followed by a type-less chunk {"amazon-bedrock-invocationMetrics":{…}} (sdk-python #1647). Whether Bedrock sends it as its own frame is unconfirmed.',
    decoder: "aws-eventstream",
    bytes: concatBytes([BEDROCK_NORMAL, buildChunkFrame('{"amazon-bedrock-invocationMetrics":{"inputTokenCount":10,"outputTokenCount":12,"invocationLatency":412,"firstByteLatency":210}}')]),
  },
];
