/**
 * The paste's common indentation (src/lookup/parse/clean/dedent.ts), and what the parser reads once it is gone.
 */
import { describe, expect, it } from "vitest";
import { commonIndent, dedent } from "../../../../src/lookup/parse/clean/dedent.ts";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";

describe("dedent", () => {
  it("removes the whitespace every non-blank line starts with, keeping what is deeper", () => {
    expect(dedent(["    Traceback (most recent call last):", '      File "a.py", line 1, in <module>', "", "    ValueError: x"])).toEqual([
      "Traceback (most recent call last):",
      '  File "a.py", line 1, in <module>',
      "",
      "ValueError: x",
    ]);
  });

  it("compares the whitespace itself: a tab is not four spaces, and one line at the margin keeps everything", () => {
    expect(commonIndent(["\t\ta", "\tb"])).toBe("\t");
    expect(commonIndent(["\ta", "    b"])).toBe("");
    expect(commonIndent(["  a", "b", "  c"])).toBe("");
    expect(commonIndent(["", "   ", "  a"])).toBe("  ");
    expect(dedent(["a", "  b"])).toEqual(["a", "  b"]);
  });
});

describe("parseTrace on an indented paste", () => {
  it("reads an anyhow chain indented as a whole (a Markdown code block) as it reads it at the margin", () => {
    const printed = "Error: Failed to call chat-completions api\n\nCaused by:\n    messages.1.content.0.type: Expected `thinking`, but found `text`.";
    const messages = (text: string) => parseTrace(text).exceptions.map((e) => e.message);
    const indented = printed
      .split("\n")
      .map((l) => (l ? `    ${l}` : l))
      .join("\n");
    expect(messages(indented)).toEqual(messages(printed));
    expect(messages(printed)).toContain("messages.1.content.0.type: Expected `thinking`, but found `text`.");
  });
});
