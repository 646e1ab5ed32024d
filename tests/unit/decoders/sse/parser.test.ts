import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeUtf8 } from "../../../../src/decoders/bytes.ts";
import { encodeSse, type SseEventInput } from "../../../../src/decoders/sse/encode.ts";
import { createSseParser, parseSse, type SseEvent } from "../../../../src/decoders/sse/parser.ts";

function collect(chunks: readonly string[]): { events: SseEvent[]; retries: number[]; comments: string[] } {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const comments: string[] = [];
  const parser = createSseParser({ onEvent: (e) => events.push(e), onRetry: (r) => retries.push(r), onComment: (c) => comments.push(c) });
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return { events, retries, comments };
}

describe("WHATWG event-stream interpretation", () => {
  it("dispatches on a blank line, defaulting the type to message", () => {
    expect(parseSse("data: hello\n\n").events).toEqual([{ type: "message", data: "hello", lastEventId: "" }]);
  });

  it("joins data lines with LF and strips exactly one leading space", () => {
    expect(parseSse("data:  two spaces\ndata:none\ndata\n\n").events).toEqual([{ type: "message", data: " two spaces\nnone\n", lastEventId: "" }]);
  });

  it("accepts LF, CR and CRLF line endings", () => {
    const expected = [
      { type: "a", data: "1", lastEventId: "" },
      { type: "b", data: "2", lastEventId: "" },
      { type: "c", data: "3", lastEventId: "" },
    ];
    expect(parseSse("event: a\ndata: 1\n\nevent: b\rdata: 2\r\revent: c\r\ndata: 3\r\n\r\n").events).toEqual(expected);
  });

  it("treats a CR ending one chunk and a LF starting the next as one line ending", () => {
    expect(collect(["data: x\r", "\ndata: y\r", "\n\r", "\n"]).events).toEqual([{ type: "message", data: "x\ny", lastEventId: "" }]);
  });

  it("treats a lone CR at a chunk end followed by a CR as a blank line", () => {
    expect(collect(["data: x\r", "\r"]).events).toEqual([{ type: "message", data: "x", lastEventId: "" }]);
  });

  it("strips one leading BOM only, even when it arrives alone", () => {
    expect(collect(["", "\ufeff", "data: a\n\n"]).events).toEqual([{ type: "message", data: "a", lastEventId: "" }]);
    expect(parseSse("\ufeff\ufeffdata: a\n\n").events).toEqual([]);
  });

  it("keeps the last event id across events and ignores ids containing NUL", () => {
    expect(parseSse("id: 1\ndata: a\n\ndata: b\n\nid: x\u0000y\ndata: c\n\nid\ndata: d\n\n").events).toEqual([
      { type: "message", data: "a", id: "1", lastEventId: "1" },
      { type: "message", data: "b", lastEventId: "1" },
      { type: "message", data: "c", lastEventId: "1" },
      { type: "message", data: "d", id: "", lastEventId: "" },
    ]);
  });

  it("reports digit-only retry values and ignores the rest", () => {
    expect(parseSse("retry: 1500\nretry: 15x\nretry: -1\nretry:\nretry: 007\n\n").retries).toEqual([1500, 7]);
  });

  it("reports comments and ignores unknown fields and field-less data", () => {
    const result = parseSse(": keep-alive\n:x\nfoo: bar\nevent: e\n\ndata: 1\n\n");
    expect(result.comments).toEqual(["keep-alive", "x"]);
    expect(result.events).toEqual([{ type: "message", data: "1", lastEventId: "" }]);
  });

  it("does not dispatch an event the stream ends inside", () => {
    expect(parseSse("data: done\n\ndata: half").events).toEqual([{ type: "message", data: "done", lastEventId: "" }]);
    expect(parseSse("data: half\n").events).toEqual([]);
  });

  it("decodes UTF-8 split across byte chunks, and replaces malformed bytes with U+FFFD", () => {
    const bytes = encodeUtf8("data: caf\u00e9 \ud83d\ude00\n\n");
    const events: SseEvent[] = [];
    const parser = createSseParser({ onEvent: (e) => events.push(e) });
    for (const byte of bytes) parser.feedBytes(Uint8Array.of(byte));
    parser.feedBytes(Uint8Array.of(0x64, 0x61, 0x74, 0x61, 0x3a, 0xff, 0x0a, 0x0a));
    parser.end();
    expect(events.map((e) => e.data)).toEqual(["caf\u00e9 \ud83d\ude00", "\ufffd"]);
  });

  it("strips a BOM given as bytes exactly once", () => {
    expect(parseSse(Uint8Array.of(0xef, 0xbb, 0xbf, ...encodeUtf8("data: a\n\n"))).events).toEqual([{ type: "message", data: "a", lastEventId: "" }]);
    expect(parseSse(Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...encodeUtf8("data: a\n\n"))).events).toEqual([]);
  });

  it("forgets everything on reset", () => {
    const events: SseEvent[] = [];
    const parser = createSseParser({ onEvent: (e) => events.push(e) });
    parser.feed("id: 9\ndata: half");
    parser.reset();
    parser.feed("data: new\n\n");
    expect(events).toEqual([{ type: "message", data: "new", lastEventId: "" }]);
  });
});

describe("encodeSse", () => {
  it("writes comments, fields and data lines, each block ending in a blank line", () => {
    expect(encodeSse([{ comment: "hi", event: "e", id: "7", retry: 10, data: "a\nb" }, { data: "" }])).toBe(": hi\nevent: e\nid: 7\nretry: 10\ndata: a\ndata: b\n\ndata: \n\n");
  });

  it("refuses values that would not read back the same", () => {
    expect(() => encodeSse([{ event: "a\nb" }])).toThrow('An SSE event cannot contain a line break: "a\\nb".');
    expect(() => encodeSse([{ id: "a\u0000" }])).toThrow("An SSE id cannot contain NUL: parsers ignore such ids.");
    expect(() => encodeSse([{ retry: -1 }])).toThrow("An SSE retry must be a non-negative integer of milliseconds, got -1.");
  });

  it("round-trips arbitrary events through the parser", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", ":", "\u00e9", "\ud83d\ude00", "x", "\u0000") });
    const input = fc.record(
      {
        event: text.filter((s) => s !== ""),
        id: text.filter((s) => !s.includes("\u0000")),
        data: fc.string({ unit: fc.constantFrom("a", " ", ":", "\n", "\u00e9") }),
      },
      { requiredKeys: ["data"] },
    );
    fc.assert(
      fc.property(fc.array(input, { maxLength: 5 }), (inputs: SseEventInput[]) => {
        let lastEventId = "";
        const expected = inputs.map((item) => {
          if (item.id !== undefined) lastEventId = item.id;
          const event: SseEvent = { type: item.event ?? "message", data: item.data ?? "", lastEventId };
          if (item.id !== undefined) event.id = item.id;
          return event;
        });
        expect(parseSse(encodeSse(inputs)).events).toEqual(expected);
      }),
    );
  });
});
