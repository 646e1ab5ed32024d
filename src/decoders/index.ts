/**
 * errata's pure decoders and client models: the AWS event-stream and SSE wire formats, Python's
 * `repr()`, models of the real clients with their bugs and fixes, samples, and `replay()`.
 * This file only re-exports; `tests/unit/decoders/api.test.ts` locks the list.
 */
export { concatBytes, decodeUtf8, encodeUtf8, fromBase64, fromHex, toBase64, toHex } from "./bytes.ts";
export { crc32 } from "./crc32.ts";
export { DecodeError, hex32, type DecodeErrorCode, type DecodeErrorData, type DecodeErrorValue } from "./errors.ts";

export { CHECKSUM_LENGTH, HEADER_TYPE, HEADER_TYPE_NAMES, MAX_HEADERS_LENGTH, MAX_PAYLOAD_LENGTH, MINIMUM_MESSAGE_LENGTH, PRELUDE_LENGTH, type HeaderWireTypeName } from "./event-stream/constants.ts";
export { decodeHeaders } from "./event-stream/decode-headers.ts";
export { encodeFrame, encodeHeader, encodeHeaders } from "./event-stream/encode.ts";
export { createEventStreamDecoder, decodeEventStream, scanEventStream, type EventStreamDecoder, type EventStreamDecoderOptions, type EventStreamScan } from "./event-stream/message-decoder.ts";
export { readPrelude, splitMessage, type Prelude, type SplitMessage } from "./event-stream/split-message.ts";
export type { DecodedFrame, DecodedHeader, EventStreamHeader, EventStreamHeaderType, FrameInput } from "./event-stream/types.ts";

export { encodeSse, type SseEventInput } from "./sse/encode.ts";
export { createSseParser, parseSse, type SseEvent, type SseParser, type SseParserCallbacks } from "./sse/parser.ts";

export { pyB64decode, type PyException } from "./python/b64decode.ts";
export { pyJsonDumps } from "./python/json-dumps.ts";
export { JsonDecodeError, jsonToPython } from "./python/json-to-python.ts";
export { isPrintable, pyRepr, pyStr, reprBytes, reprFloat, reprStr } from "./python/repr.ts";
export { pyDecodeUtf8, type PyUnicodeDecodeError } from "./python/utf8.ts";
export { isPyDict, pyBytes, pyDict, pyFloat, pyInt, pyTruthy, pyTypeName, type PyBytes, type PyDict, type PyFloat, type PyInt, type PyValue } from "./python/values.ts";

export { ANTHROPIC_ERROR_CLASSES, BEDROCK_EXCEPTION_MAPPING, RETRYABLE_ANTHROPIC_TYPES } from "./clients/anthropic-errors.ts";
export { anthropicPythonBedrock, ANTHROPIC_PYTHON_BEDROCK_VERSIONS } from "./clients/anthropic-python-bedrock.ts";
export { anthropicPythonBedrockInband, ANTHROPIC_PYTHON_BEDROCK_INBAND_VERSIONS } from "./clients/anthropic-python-bedrock-inband.ts";
export { anthropicPythonSse, ANTHROPIC_PYTHON_SSE_VERSIONS } from "./clients/anthropic-python-sse.ts";
export { anthropicPythonStreamTransport, ANTHROPIC_PYTHON_STREAM_TRANSPORT_VERSIONS } from "./clients/anthropic-python-stream-transport.ts";
export { anthropicTypescriptBedrock, ANTHROPIC_TYPESCRIPT_BEDROCK_VERSIONS } from "./clients/anthropic-typescript-bedrock.ts";
export { anthropicTypescriptSse, ANTHROPIC_TYPESCRIPT_SSE_VERSIONS } from "./clients/anthropic-typescript-sse.ts";
export { anthropicTypescriptMessageStream, ANTHROPIC_TYPESCRIPT_MESSAGE_STREAM_VERSIONS } from "./clients/anthropic-typescript-message-stream.ts";
export { boto3Bedrock, BOTO3_BEDROCK_VERSIONS } from "./clients/boto3-bedrock.ts";
export { BEDROCK_EXCEPTION_TYPES, botocoreParse, toResponseDict, type BedrockExceptionType, type BotocoreParse } from "./clients/botocore.ts";
export { botocoreWireError } from "./clients/botocore-errors.ts";
export { CLIENT_IDS, CLIENTS, getClient } from "./clients/registry.ts";
export { backoffMs, DEFAULT_MAX_RETRIES, isRetryableType } from "./clients/retry-policy.ts";
export type { Attempt, AttemptResult, ClientId, ClientModel, DecoderId, Fix, Outcome, OutcomeError, StreamEvent, VersionNote } from "./clients/types.ts";

export { BEDROCK_NORMAL, BEDROCK_SAMPLES } from "./samples/bedrock.ts";
export { buildChunkFrame, buildExceptionFrame, FRAME_A, FRAME_B, FRAME_C, type ExceptionFrameInput } from "./samples/bedrock-frames.ts";
export { getSample, SAMPLES } from "./samples/registry.ts";
export { SSE_NORMAL, SSE_SAMPLES } from "./samples/sse.ts";
export { SSE_ORDER_SAMPLES } from "./samples/sse-order.ts";
export { SSE_CHUNKED_NORMAL, SSE_CHUNKED_SAMPLES } from "./samples/sse-chunked.ts";
export type { Sample } from "./samples/types.ts";

export { createDecoderReplay, replay, replayDecoder, type DecoderReplay, type ReplayOptions, type ReplayResult } from "./replay.ts";
export { formatUuid, toJsonFrame, toJsonReport, type JsonFrame, type JsonHeader, type JsonReport } from "./report-json.ts";
export { formatReport } from "./report-text.ts";
