/** Finding 7 (first half): the playground's lookup link survives lone surrogates, which `encodeURIComponent` throws on. */
import { describe, expect, it } from "vitest";
import { lookupHref } from "../../../src/playground/render-view.ts";

describe("lookupHref", () => {
  it("replaces lone surrogates with U+FFFD and keeps real pairs", () => {
    expect(lookupHref("a\ud800b")).toBe("/lookup/#q=a%EF%BF%BDb");
    expect(lookupHref("\udc00")).toBe("/lookup/#q=%EF%BF%BD");
    expect(lookupHref("x\ud800")).toBe("/lookup/#q=x%EF%BF%BD");
    expect(lookupHref("😀 ok")).toBe(`/lookup/#q=${encodeURIComponent("😀 ok")}`);
  });
});
