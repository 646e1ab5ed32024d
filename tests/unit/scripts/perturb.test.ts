/**
 * The re-pastings `npm run eval:robustness` applies (scripts/eval/perturb.ts).
 */
import { describe, expect, it } from "vitest";
import { PERTURBATIONS } from "../../../scripts/eval/perturb.ts";

const by = (name: string) => {
  const p = PERTURBATIONS.find((x) => x.name === name);
  if (!p) throw new Error(`no perturbation ${name}`);
  return p.apply;
};

describe("perturbations", () => {
  const paste = `anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'message': "x < y & z"}}\n  File "a.py", line 1`;

  it("have distinct names and change a paste (except where the paste has nothing to change)", () => {
    expect(new Set(PERTURBATIONS.map((p) => p.name)).size).toBe(PERTURBATIONS.length);
    for (const p of PERTURBATIONS) expect(p.apply(paste)).not.toBe(paste);
  });

  it("cut lines at 80 columns mid-word and keep every character", () => {
    const wrapped = by("wrap-80")(paste).split("\n");
    expect(wrapped.every((l) => l.length <= 80)).toBe(true);
    expect(wrapped.join("")).toBe(paste.replace("\n", ""));
  });

  it("escape for HTML and JSON so that decoding gives the paste back", () => {
    const html = by("html-escaped")(paste);
    expect(html).toContain("&#39;type&#39;");
    expect(
      html
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&"),
    ).toBe(paste);
    expect((JSON.parse(by("json-log")(paste)) as { msg: string }).msg).toBe(paste);
    expect((JSON.parse((JSON.parse(by("json-log-twice")(paste)) as { msg: string }).msg) as { error: string }).error).toBe(paste);
  });

  it("prefix, quote and indent every line, and end lines with CRLF", () => {
    expect(
      by("log-prefix")(paste)
        .split("\n")
        .every((l) => l.startsWith("2025-06-01T10:00:00.123Z ERROR [app.worker] ")),
    ).toBe(true);
    expect(
      by("quoted")(paste)
        .split("\n")
        .every((l) => l.startsWith("> ")),
    ).toBe(true);
    expect(
      by("indented")(paste)
        .split("\n")
        .every((l) => l.startsWith("    ")),
    ).toBe(true);
    expect(by("crlf")(paste)).toBe(paste.replace("\n", "\r\n"));
  });
});
