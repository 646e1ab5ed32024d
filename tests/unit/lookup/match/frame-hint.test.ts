/**
 * Frame hints: where a page's hint shows in a paste's frames (scoring) and which library it lives in (routing by
 * frames, route.ts frame keys).
 */
import { describe, expect, it } from "vitest";
import { frameLocations, hintIndex, hintLibrary, libraryIndex } from "../../../../src/lookup/match/frame-hint.ts";

const locations = frameLocations([
  { file: "/srv/venv/lib/python3.11/site-packages/httpx/_transports/default.py", function: "handle_request", line: 1 },
  { module: "botocore.eventstream", function: "_parse", line: 2 },
  { file: "C:\\app\\node_modules\\@anthropic-ai\\sdk\\core.js", line: 3 },
]);

describe("frame hints", () => {
  it("finds a hint in a file path or, as a module, in a module name", () => {
    expect(hintIndex(locations, "httpx/_transports/default.py")).toBe(0);
    expect(hintIndex(locations, "botocore/eventstream.py")).toBe(1);
    expect(hintIndex(locations, "@anthropic-ai/sdk/core")).toBe(2);
    expect(hintIndex(locations, "httpcore/_sync/connection.py")).toBe(-1);
  });

  it("names a hint's library: its first segment, two for a scoped package", () => {
    expect(hintLibrary("httpcore/_sync/connection.py")).toBe("httpcore");
    expect(hintLibrary("@anthropic-ai/sdk/core")).toBe("@anthropic-ai/sdk");
    expect(hintLibrary("botocore")).toBe("botocore");
  });

  it("finds a library only at a segment boundary", () => {
    expect(libraryIndex(locations, "httpx")).toBe(0);
    expect(libraryIndex(locations, "botocore")).toBe(1);
    expect(libraryIndex(locations, "@anthropic-ai/sdk")).toBe(2);
    // `transports` is inside a segment name, `http` a prefix of one: neither is a library of these frames.
    expect(libraryIndex(locations, "transports")).toBe(-1);
    expect(libraryIndex(locations, "http")).toBe(-1);
  });
});
