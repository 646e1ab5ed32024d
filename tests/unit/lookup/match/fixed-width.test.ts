import { describe, expect, it } from "vitest";
import { candidatesFrom } from "../../../../src/lookup/match/candidates.ts";
import { unwrapFixedWidth } from "../../../../src/lookup/match/fixed-width.ts";
import { parseTrace } from "../../../../src/lookup/parse/index.ts";

/** Cuts every line at `width` columns, mid-word included, as a terminal copied with hard breaks does. */
const cut = (text: string, width: number) =>
  text
    .split("\n")
    .flatMap((line) => {
      const out: string[] = [];
      for (let rest = line; ; rest = rest.slice(width)) {
        out.push(rest.slice(0, width));
        if (rest.length <= width) break;
      }
      return out;
    })
    .join("\n");

const message =
  "Description: Node 'Planner' encountered a problem: Agent run failed because of an exception: An error occurred (ResourceNotFoundException) when calling the ConverseStream operation: This model version has reached the end of its life. Please refer to the AWS documentation for more details.";

describe("unwrapFixedWidth", () => {
  it("joins every line cut at the paste's widest column with the next, spaces kept where the cut fell on one", () => {
    const text = `Error: ResolveNode Failed\n${cut(message, 80)}\nTimestamp: 5/4/2026`;
    const read = unwrapFixedWidth(text);
    expect(read?.text).toBe(`Error: ResolveNode Failed\n${message}\nTimestamp: 5/4/2026`);
    expect(read?.lineOf).toEqual([1, 2, 6]);
  });

  it("leaves a paste alone when no word runs on from the widest column, or only one line reaches it", () => {
    // A word wrap breaks at spaces and leaves lines of different lengths.
    const wrapped = "An error occurred (ValidationException) when calling the InvokeModel operation:\nmessages: text content blocks must be non-empty\n";
    expect(unwrapFixedWidth(wrapped)).toBeUndefined();
    const once = `${"x".repeat(70)}\nyz and more`;
    expect(unwrapFixedWidth(once)).toBeUndefined();
    // Narrower than 60 columns: too short to tell a cut from a short line.
    expect(unwrapFixedWidth(cut("Error: " + "abcdefghij ".repeat(12), 40))).toBeUndefined();
  });
});

describe("candidatesFrom on a paste cut at a fixed width", () => {
  it("adds the reading made whole, with the paste's own line number, after the paste's own candidates", () => {
    const text = `Error: ResolveNode Failed\n${cut(message, 80)}\nTimestamp: 5/4/2026`;
    const candidates = candidatesFrom(parseTrace(text), text);
    // The paste as posted offers the cut lines as plain lines only; read whole, the second line parses as an error.
    const whole = candidates.find((c) => c.origin === "parsed" && c.text.startsWith("Description:"));
    expect(whole?.line).toBe(2);
    expect([whole?.parts.code, whole?.parts.operation]).toEqual(["ResourceNotFoundException", "ConverseStream"]);
    expect(whole?.parts.lead).toContain("This model version has reached the end of its life. Please refer to the AWS documentation");
    expect(candidates[0]?.text).toBe("Error: ResolveNode Failed");
  });
});
