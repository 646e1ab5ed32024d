/**
 * Finding 6: deeply nested JSON (depth 3,000 is a 6 KB input) used to overflow the JavaScript stack in
 * `jsonToPython`. Python's own limit is modelled instead: past 1,000 nested containers `json.loads`
 * raises `RecursionError`, and every client model turns that into a typed outcome, never a crash.
 */
import { describe, expect, it } from "vitest";
import { concatBytes, encodeUtf8 } from "../../../src/decoders/bytes.ts";
import { encodeFrame } from "../../../src/decoders/event-stream/encode.ts";
import { jsonToPython, PY_RECURSION_LIMIT, PyRecursionError } from "../../../src/decoders/python/json-to-python.ts";
import { CLIENTS } from "../../../src/decoders/clients/registry.ts";
import { replay } from "../../../src/decoders/replay.ts";
import { buildChunkFrame } from "../../../src/decoders/samples/bedrock-frames.ts";
import { encodeSse } from "../../../src/decoders/sse/encode.ts";

const nested = (depth: number, open = "[", close = "]") => open.repeat(depth) + close.repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

describe("deep JSON", () => {
  it("parses nesting up to Python's recursion limit", () => {
    expect(() => jsonToPython(nested(PY_RECURSION_LIMIT))).not.toThrow();
    expect(() => jsonToPython(nestedObjects(PY_RECURSION_LIMIT))).not.toThrow();
  });

  it("raises Python's RecursionError past it, with CPython's message, even 100,000 deep", () => {
    for (const depth of [PY_RECURSION_LIMIT + 1, 3000, 100_000]) {
      expect(() => jsonToPython(nested(depth))).toThrow(PyRecursionError);
    }
    expect(() => jsonToPython(nested(3000))).toThrow("maximum recursion depth exceeded while decoding a JSON array from a unicode string");
    expect(() => jsonToPython(nestedObjects(3000))).toThrow("maximum recursion depth exceeded while decoding a JSON object from a unicode string");
  });

  const deep = nested(3000);
  const sse = encodeUtf8(
    encodeSse([
      { event: "message_start", data: deep },
      { event: "error", data: deep },
    ]),
  );
  const bedrock = concatBytes([
    buildChunkFrame(deep),
    encodeFrame({
      headers: [
        { name: ":exception-type", type: "string", value: "throttlingException" },
        { name: ":content-type", type: "string", value: "application/json" },
        { name: ":message-type", type: "string", value: "exception" },
      ],
      payload: encodeUtf8(deep),
    }),
  ]);
  for (const client of CLIENTS) {
    for (const fix of ["before", "after"] as const) {
      it(`${client.id} (${fix}) replays 3,000-deep JSON to a typed outcome`, () => {
        const bytes = client.decoder === "sse" ? sse : bedrock;
        const result = replay(client.id, fix, bytes);
        // Either the stream read through, or a typed error (an exception class name, not a crash's stack).
        const outcome = result.outcome;
        expect("ok" in outcome ? "ok" : outcome.error.type).toMatch(/^(ok|[A-Za-z_.]+)$/);
        // The input was read (events or frames), or the client read nothing and says so with an error — as the
        // TypeScript Bedrock SDK before its fix does, reading the binary body as text SSE.
        expect(result.events.length + result.frames.length > 0 || "error" in result.outcome).toBe(true);
      });
    }
  }

  it("the SDK's bare json.loads lets the RecursionError out, as Python does", () => {
    const result = replay("anthropic-python-sse", "before", encodeUtf8(encodeSse([{ event: "message_start", data: deep }])));
    expect(result.outcome).toEqual({ error: { type: "RecursionError", message: "maximum recursion depth exceeded while decoding a JSON array from a unicode string" } });
  });
});
