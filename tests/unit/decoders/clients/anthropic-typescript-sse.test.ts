/**
 * The TypeScript first-party streaming model (anthropic-typescript-sse): `event: error` after HTTP 200,
 * before (as shipped, 0.x and 1.x) and after (the page's retry helper). Expectations follow
 * @anthropic-ai/sdk 0.129.0 / 1.16.0 `src/core/streaming.ts` and `src/core/error.ts` as published on npm.
 */
import { describe, expect, it } from "vitest";
import { encodeUtf8 } from "../../../../src/decoders/bytes.ts";
import type { Outcome } from "../../../../src/decoders/clients/types.ts";
import { replay } from "../../../../src/decoders/replay.ts";
import { SSE_NORMAL } from "../../../../src/decoders/samples/sse.ts";

const line = (outcome: Outcome): string => ("ok" in outcome ? "ok" : `${outcome.error.type}: ${outcome.error.message}`);
const START = 'event: message_start\ndata: {"type":"message_start","message":{"content":[]}}\n\n';
const withError = (data: string) => encodeUtf8(`${START}event: error\ndata: ${data}\n\n`);

describe("anthropic-typescript-sse", () => {
  it("throws APIError with no status, the body's JSON as message and .type from the body, not retried", () => {
    const body = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
    const result = replay("anthropic-typescript-sse", "before", withError(body), { retry: SSE_NORMAL });
    expect(result.outcome).toEqual({ error: { type: "APIError", message: body, errorType: "overloaded_error" } });
    expect(result.attempts).toBeUndefined();
  });

  it("uses the body's own message when it has one, and quotes a non-JSON body", () => {
    expect(line(replay("anthropic-typescript-sse", "before", withError('{"message":"upstream said no"}')).outcome)).toBe("APIError: upstream said no");
    expect(line(replay("anthropic-typescript-sse", "before", withError("oops")).outcome)).toBe('APIError: "oops"');
  });

  it("with the fix, re-issues the request for the four transient types and succeeds on a normal stream", () => {
    for (const type of ["overloaded_error", "api_error", "rate_limit_error", "timeout_error"]) {
      const result = replay("anthropic-typescript-sse", "after", withError(`{"type":"error","error":{"type":"${type}","message":"x"}}`), { retry: SSE_NORMAL });
      expect([type, result.attempts?.length, line(result.outcome)]).toEqual([type, 2, "ok"]);
    }
  });

  it("with the fix, re-throws other types and errors without a .type", () => {
    for (const data of ['{"type":"error","error":{"type":"invalid_request_error","message":"x"}}', "oops"]) {
      const result = replay("anthropic-typescript-sse", "after", withError(data), { retry: SSE_NORMAL });
      expect([result.attempts?.length, "error" in result.outcome && result.outcome.error.retryable]).toEqual([1, false]);
    }
  });

  it("gives up after the retries like the SDK's default, when every attempt fails", () => {
    const failing = withError('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}');
    const result = replay("anthropic-typescript-sse", "after", failing, { retry: failing });
    expect([result.attempts?.length, line(result.outcome).startsWith("APIError: ")]).toEqual([3, true]);
  });
});
