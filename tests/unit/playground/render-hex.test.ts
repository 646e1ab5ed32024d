/**
 * The hex dump (src/playground/render-hex.ts) groups a row's bytes by region: the text a reader sees and
 * copies is every byte, in order, with the offsets and ASCII column; each region's first byte is its own
 * underlined span; every byte sits in a span of its region, with that region's label as the title.
 */
import { describe, expect, it } from "vitest";
import { getSample } from "../../../src/decoders/index.ts";
import { renderHex } from "../../../src/playground/render-hex.ts";
import { buildView } from "../../../src/playground/view-model.ts";

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("hex dump", () => {
  const sample = getSample("bedrock-throttling-exception")!;
  const frames = buildView("anthropic-python-bedrock", sample.bytes, sample.retry).frames;

  it("shows every byte of every frame, 16 to a row, with offsets and the ASCII column", () => {
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) {
      const text = unescape(renderHex(frame).value.replace(/<[^>]+>/g, ""));
      const rows: string[] = [];
      for (let at = 0; at < frame.bytes.length; at += 16) {
        const row = [...frame.bytes.subarray(at, at + 16)];
        const hex = row.map((b) => `${b.toString(16).padStart(2, "0")} `).join("") + "   ".repeat(16 - row.length);
        const ascii = row.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");
        rows.push(`${(frame.offset + at).toString(16).padStart(8, "0")} ${hex} ${ascii} `);
      }
      expect(text).toBe(rows.join(""));
    }
  });

  it("puts each byte in a span of its region, titled with the region's label, a region's first byte alone", () => {
    for (const frame of frames) {
      const spans = [...renderHex(frame).value.matchAll(/<span class="b r-([a-z-]+)( r-start)?" title="([^"]*)">([0-9a-f ]+)<\/span>/g)];
      let at = 0;
      for (const [, kind, start, title, hex] of spans) {
        const bytes = hex!.split(" ");
        const region = frame.regions.find((r) => at >= r.start && at < r.end);
        expect(kind).toBe(region?.kind ?? "none");
        expect(unescape(title!)).toBe(region?.label ?? "");
        expect(Boolean(start)).toBe(region?.start === at);
        if (start) expect(bytes).toHaveLength(1);
        for (let i = 1; i < bytes.length; i++) expect(frame.regions.find((r) => at + i >= r.start && at + i < r.end)).toBe(region);
        at += bytes.length;
      }
      expect(at).toBe(frame.bytes.length);
      expect(spans.length).toBeLessThan(frame.bytes.length / 2);
    }
  });
});
