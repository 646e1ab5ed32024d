import { describe, expect, it } from "vitest";
import { FRAME_A, FRAME_C, concatBytes, getSample } from "../../../src/decoders/index.ts";
import { escapeHtml, html } from "../../../src/playground/html.ts";
import { buildOwnSample } from "../../../src/playground/options.ts";
import { lookupHref, renderView } from "../../../src/playground/render-view.ts";
import { buildView } from "../../../src/playground/view-model.ts";

describe("html builder", () => {
  it("escapes every interpolated value and passes nested html through", () => {
    const evil = `<img src=x onerror="alert(1)">'&`;
    expect(html`<p title="${evil}">${evil}${html`<b>ok</b>`}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;<b>ok</b></p>',
    );
    expect(escapeHtml("a<b")).toBe("a&lt;b");
  });
});

describe("playground rendering", () => {
  it("quotes every interpolated attribute in the renderers", async () => {
    const { readFileSync } = await import("node:fs");
    for (const file of ["src/playground/render-view.ts", "src/playground/render-hex.ts"]) {
      expect(readFileSync(file, "utf8")).not.toMatch(/\s[a-z-]+=\$\{/);
    }
  });
});

describe("playground view", () => {
  it("shows the exact ValueError before and the retried success after for throttling", () => {
    const sample = getSample("bedrock-throttling-exception")!;
    const view = buildView("anthropic-python-bedrock", sample.bytes, sample.retry);
    expect(view.before).toEqual({
      ok: false,
      line: `ValueError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'throttlingException', ':content-type': 'application/json', ':message-type': 'exception'}, 'body': b'{"message":"Too many tokens, please wait before trying again."}'}`,
    });
    expect(view.after.ok).toBe(true);
    expect(view.after.attempts?.map((a) => [a.attempt, a.input, a.ok])).toEqual([
      [1, "original", false],
      [2, "retry", true],
    ]);
    expect(view.frames.map((f) => f.kind)).toEqual(["chunk", "chunk", "throttlingException"]);
    const exception = view.frames[2]!;
    expect(exception.regions.map((r) => [r.kind, r.start, r.end])).toEqual([
      ["total-length", 0, 4],
      ["headers-length", 4, 8],
      ["prelude-crc", 8, 12],
      ["header", 12, 50],
      ["header", 50, 83],
      ["header", 83, 109],
      ["payload", 109, 172],
      ["message-crc", 172, 176],
    ]);
  });

  it("reports a corrupted frame and keeps the frames decoded before it", () => {
    const corrupted = concatBytes([FRAME_A, FRAME_C]);
    corrupted[corrupted.length - 10]! ^= 1;
    const view = buildView("anthropic-python-bedrock", corrupted);
    expect(view.frames).toHaveLength(1);
    // The error points at the message CRC of the second frame (397 + 176 - 4).
    expect(view.wireError?.offset).toBe(569);
    expect(view.before.line).toMatch(/^botocore\.eventstream\.ChecksumMismatch: Checksum mismatch: expected 0x[0-9a-f]{8}, calculated 0x[0-9a-f]{8}$/);
  });

  it("builds a frame from the reader's type and message and escapes it when rendered", () => {
    const sample = buildOwnSample("anthropic-python-bedrock", { type: "throttlingException", message: "<script>alert(1)</script>" });
    const rendered = renderView(buildView("anthropic-python-bedrock", sample.bytes, sample.retry)).value;
    expect(rendered).not.toContain("<script>");
    expect(rendered).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("links the before text to the lookup through the URL fragment only", () => {
    expect(lookupHref("ValueError: x y")).toBe("/lookup/#q=ValueError%3A%20x%20y");
  });
});
