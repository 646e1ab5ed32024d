import { createParser, type EventSourceMessage } from "eventsource-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSseParser, type SseEvent } from "../../../../src/decoders/sse/parser.ts";

/** A stream alphabet dense in field names, separators and line endings, so random text is mostly valid SSE. */
const PIECES = ["data", "event", "id", "retry", ":", " ", "\n", "\r", "\r\n", "\n\n", "x", "1", "7", "\u0000", "\u00e9", "\ud83d\ude00", "data: ", "event: ", "id: ", "retry: "];
const stream = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

function splitText(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (const cut of [...points, text.length]) {
    parts.push(text.slice(start, cut));
    start = cut;
  }
  return parts;
}

function ours(chunks: readonly string[]): { events: { type: string; data: string; id?: string }[]; retries: number[] } {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = createSseParser({ onEvent: (e) => events.push(e), onRetry: (r) => retries.push(r) });
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return { events: events.map(({ lastEventId: _last, ...event }) => event), retries };
}

function theirs(chunks: readonly string[]): { events: { type: string; data: string; id?: string }[]; retries: number[] } {
  const events: EventSourceMessage[] = [];
  const retries: number[] = [];
  const parser = createParser({ onEvent: (e) => events.push(e), onRetry: (r) => retries.push(r) });
  for (const chunk of chunks) parser.feed(chunk);
  // eventsource-parser leaves `event` undefined where the spec's default type is "message".
  return {
    events: events.map((e) => (e.id === undefined ? { type: e.event ?? "message", data: e.data } : { type: e.event ?? "message", data: e.data, id: e.id })),
    retries,
  };
}

describe("SSE parser cross-checked against eventsource-parser", () => {
  it("agrees on whole streams", () => {
    fc.assert(
      fc.property(stream, (text) => {
        expect(ours([text])).toEqual(theirs([text]));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees under random chunk splits, its own output unchanged by the split", () => {
    fc.assert(
      fc.property(stream, fc.array(fc.nat(), { maxLength: 12 }), (text, cuts) => {
        const chunks = splitText(text, cuts);
        expect(ours(chunks)).toEqual(theirs(chunks));
        expect(ours(chunks)).toEqual(ours([text]));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees when fed one character at a time", () => {
    fc.assert(
      fc.property(stream, (text) => {
        expect(ours([...text])).toEqual(theirs([...text]));
      }),
      { numRuns: 300 },
    );
  });
});
