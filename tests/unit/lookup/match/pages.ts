/** Hand-built pages for the matcher's tests: independent of content/, which other engineers are still writing. */
import type { IndexablePage } from "../../../../src/lookup/match/index.ts";
import type { Frame, ParsedException, ParseResult } from "../../../../src/lookup/types.ts";

export interface PageOptions {
  variants?: [signature: string, context: string][];
  match?: { frames?: string[]; packages?: string[]; generic?: boolean; bareStatus?: number };
  title?: string;
}

/** A page-like object with just what the index reads. */
export function page(id: string, signature: string, options: PageOptions = {}): IndexablePage {
  const data: IndexablePage["data"] = { title: options.title ?? `Title of ${id}`, signature };
  if (options.variants) data.variants = options.variants.map(([s, context]) => ({ signature: s, context }));
  if (options.match) data.match = options.match;
  return { id, data };
}

/** A parser stand-in returning hand-built exceptions, so ranking tests do not depend on the parser. */
export function parsed(...exceptions: (Partial<ParsedException> & { message: string })[]): () => ParseResult {
  return () => ({ exceptions: exceptions.map((e, i) => ({ runtime: "unknown", type: "", frames: [], line: i + 1, ...e })) });
}

/** A frame in an installed package. */
export function frame(file: string, line = 1, fn = "f"): Frame {
  return { file, line, function: fn };
}

const ANTHROPIC = { packages: ["anthropic", "@anthropic-ai/sdk"], frames: ["anthropic/_base_client.py", "@anthropic-ai/sdk/core"] };

/** A small site shaped like the real one: the same clients, the same near-duplicates. */
export const PAGES: IndexablePage[] = [
  page("sdk/api-connection-error", "anthropic.APIConnectionError: Connection error.", {
    variants: [["Error: Connection error.", "TypeScript SDK"]],
    match: ANTHROPIC,
  }),
  page(
    "api/prompt-too-long",
    "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 215000 tokens > 200000 maximum'}}",
    {
      match: ANTHROPIC,
    },
  ),
  page(
    "api/max-tokens",
    "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'max_tokens: 128000 > 64000, which is the maximum allowed number of output tokens for claude-sonnet-4-5-20250929'}}",
    {
      match: ANTHROPIC,
    },
  ),
  page("api/overloaded-529", "anthropic.OverloadedError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}", {
    variants: [
      ['InternalServerError: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', "TypeScript SDK"],
      ['API Error (529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}) · Retrying in 1 seconds… (attempt 1/10)', "Claude Code"],
    ],
    match: ANTHROPIC,
  }),
  page("api/stream-error-event", "anthropic.APIStatusError: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}", { match: ANTHROPIC }),
  page("api/internal-server-error", "anthropic.InternalServerError: Error code: 500 - {'type': 'error', 'error': {'type': 'api_error', 'message': 'Internal server error'}}", { match: ANTHROPIC }),
  page(
    "bedrock/stream-valueerror",
    `ValueError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'internalServerException', ':content-type': 'application/json', ':message-type': 'exception'}, 'body': b'{"message":"The system encountered an unexpected error during processing. Try your request again."}'}`,
    { match: { frames: ["anthropic/lib/bedrock/_stream_decoder.py"], packages: ["anthropic"] } },
  ),
  page(
    "bedrock/eventstream-throttling",
    "botocore.exceptions.EventStreamError: An error occurred (throttlingException) when calling the InvokeModelWithResponseStream operation: Too many requests, please wait before trying again.",
    { match: { packages: ["botocore"] } },
  ),
  page(
    "bedrock/on-demand-throughput",
    "anthropic.BadRequestError: Error code: 400 - {'message': 'Invocation of model ID anthropic.claude-3-5-sonnet-20241022-v2:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.'}",
    {
      match: { packages: ["anthropic", "botocore"] },
    },
  ),
  page("bedrock/attributeerror-nonetype", "AttributeError: 'NoneType' object has no attribute 'model'", {
    variants: [["AttributeError: 'NoneType' object has no attribute 'usage'", "message_delta"]],
    match: { frames: ["anthropic/lib/streaming/_messages.py"], packages: ["anthropic"] },
  }),
  page("sdk/ssl-certificate", "httpcore.ConnectError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)", {
    match: { frames: ["httpcore/_sync/connection.py", "httpx/_transports/default.py"], packages: ["anthropic", "httpx", "httpcore"] },
  }),
  page(
    "api/rate-limit",
    `anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': "This request would exceed your organization's rate limit of 30,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits. Please reduce the prompt length or the maximum tokens requested, or try again later."}}`,
    { match: { packages: ["anthropic", "litellm"] } },
  ),
];
