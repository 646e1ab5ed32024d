/**
 * The TypeScript MessageStream model (anthropic-typescript-message-stream), before (0.x) and after
 * (1.x), and the TypeScript SSE reading it shares with the Bedrock model. Expectations follow
 * @anthropic-ai/sdk 0.129.0 and 1.16.0 as published on npm (src/lib/MessageStream.ts, src/core/streaming.ts).
 */
import { describe, expect, it } from "vitest";
import { encodeUtf8 } from "../../../../src/decoders/bytes.ts";
import { tsSseEvents, tsStreamStep } from "../../../../src/decoders/clients/ts-sse-decoder.ts";
import type { Fix, Outcome } from "../../../../src/decoders/clients/types.ts";
import { replay } from "../../../../src/decoders/replay.ts";
import { getSample } from "../../../../src/decoders/samples/registry.ts";

const line = (outcome: Outcome): string => ("ok" in outcome ? "ok" : `${outcome.error.type}: ${outcome.error.message}`);
const run = (fix: Fix, body: string | Uint8Array): string => line(replay("anthropic-typescript-message-stream", fix, typeof body === "string" ? encodeUtf8(body) : body).outcome);
const both = (body: string): [string, string] => [run("before", body), run("after", body)];

const START = 'event: message_start\ndata: {"type":"message_start","message":{"content":[]}}\n\n';
const BLOCK = 'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n';
const DELTA = 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}\n\n';
const STOP = 'event: message_stop\ndata: {"type":"message_stop"}\n\n';

describe("anthropic-typescript-message-stream", () => {
  it("throws for content before message_start in 0.x; 1.x reads on and finds no message", () => {
    expect(both(BLOCK + DELTA + STOP)).toEqual(['AnthropicError: Unexpected event order, got content_block_start before "message_start"', "AnthropicError: request ended without sending any chunks"]);
  });

  it("names the event by its body's type, not its SSE name", () => {
    expect(run("before", 'event: content_block_stop\ndata: {"type":"message_stop"}\n\n' + START)).toBe('AnthropicError: Unexpected event order, got message_stop before "message_start"');
  });

  it("accepts a late message_start in 1.x when nothing it needs was skipped", () => {
    const late = 'event: message_delta\ndata: {"type":"message_delta","delta":{},"usage":{}}\n\n' + START + BLOCK + DELTA + STOP;
    expect(both(late)).toEqual(['AnthropicError: Unexpected event order, got message_delta before "message_start"', "ok"]);
  });

  it("crashes in 1.x on a delta whose content_block_start came before message_start", () => {
    expect(run("after", BLOCK + START + DELTA + STOP)).toBe("AnthropicError: Cannot read properties of undefined (reading 'type')");
  });

  it("throws for a second message_start in both, even after a complete first message", () => {
    const expected = 'AnthropicError: Unexpected event order, got message_start before receiving "message_stop"';
    expect(both(START + BLOCK + DELTA + STOP + START)).toEqual([expected, expected]);
    expect(both(START + START)).toEqual([expected, expected]);
  });

  it("ends with request ended without sending any chunks for an empty, unnamed or JSON body", () => {
    const ended = "AnthropicError: request ended without sending any chunks";
    for (const body of ["", 'data: {"choices":[{"delta":{"content":"Hi"}}]}\n\ndata: [DONE]\n\n', '{"type":"message","content":[]}']) {
      expect(both(body)).toEqual([ended, ended]);
    }
  });

  it("throws APIError for event: error and passes it through unwrapped, with .type", () => {
    const result = replay(
      "anthropic-typescript-message-stream",
      "before",
      encodeUtf8(START + 'event: error\ndata: {"type":"error","error":{"type":"api_error","message":"Internal server error"}}\n\n'),
    );
    expect(result.outcome).toEqual({
      error: { type: "APIError", message: '{"type":"error","error":{"type":"api_error","message":"Internal server error"}}', errorType: "api_error" },
    });
    expect(run("before", "event: error\ndata: upstream failed\n\n")).toBe('APIError: "upstream failed"');
  });

  it("re-throws a JSON.parse failure as AnthropicError with the engine's message", () => {
    let message = "";
    try {
      JSON.parse("{nope");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(run("before", "event: message_start\ndata: {nope\n\n")).toBe(`AnthropicError: ${message}`);
  });

  it("is fine on the normal sample, and the declared samples do what the page says", () => {
    expect(both(new TextDecoder().decode(getSample("sse-normal")!.bytes))).toEqual(["ok", "ok"]);
    expect(replay("anthropic-typescript-message-stream", "after", getSample("sse-missing-message-start")!.bytes).events).toHaveLength(7);
  });
});

describe("TypeScript SSE reading", () => {
  it("splits on CRLF, LF and lone CR, drops a BOM at a line start, and ignores id, retry and comments", () => {
    const body = "\uFEFFevent: a\r\ndata: 1\r\rid: 7\nretry: 5\n: note\nevent:b\ndata:2\ndata:  3\n\ndata: tail";
    expect(tsSseEvents(encodeUtf8(body))).toEqual([
      { event: "a", data: "1" },
      { event: "b", data: "2\n 3" },
    ]);
  });

  it("dispatches on a blank line only when event or data was set; an event with no event line is null", () => {
    expect(tsSseEvents(encodeUtf8("id: 1\n\nretry: 3\n\ndata: x\n\nevent: \ndata: y\n\n"))).toEqual([
      { event: null, data: "x" },
      { event: "", data: "y" },
    ]);
  });

  it("yields only the known names in 0.x, and every named event with data in 1.x", () => {
    const items = (major: "0.x" | "1.x") =>
      ["message_start", "ping", "future_event", "", null].map((event) => {
        const step = tsStreamStep({ event, data: '{"type":"x"}' }, major);
        return step.item === undefined ? "skipped" : "yielded";
      });
    expect(items("0.x")).toEqual(["yielded", "skipped", "skipped", "skipped", "skipped"]);
    expect(items("1.x")).toEqual(["yielded", "skipped", "yielded", "yielded", "skipped"]);
    expect(tsStreamStep({ event: "future_event", data: "" }, "1.x").item).toBeUndefined();
    expect(tsStreamStep({ event: "future_event", data: "not json" }, "1.x").raise?.type).toBe("SyntaxError");
    expect(tsStreamStep({ event: "future_event", data: "not json" }, "0.x").raise).toBeUndefined();
  });

  it("decodes bad UTF-8 leniently instead of failing", () => {
    expect(tsSseEvents(new Uint8Array([...encodeUtf8("data: a"), 0xff, 0x0a, 0x0a]))).toEqual([{ event: null, data: "a\uFFFD" }]);
  });
});
