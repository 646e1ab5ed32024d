/**
 * `tool` becomes a search filter: a name too long or parenthesised for the filter row is reported at the value,
 * not first by the end-to-end layout test (stop 38).
 */
import { describe, expect, it } from "vitest";
import { readPage } from "../../../src/entries/read-page.ts";
import { TOOL_NAME_CHARS } from "../../../src/entries/tool-name.ts";
import { withChange } from "./page-fixture.ts";

const TITLE = 'title: "RateLimitError: too many requests"';
const withTool = (tool: string) => readPage("content/errors/demo/page.md", withChange(TITLE, `${TITLE}\ntool: ${tool}`), "demo", "page");
const toolProblems = (tool: string) => withTool(tool).problems.filter((p) => p.field === "tool");

describe("tool names", () => {
  it("accepts the site's plain names and a remark in parentheses at the end", () => {
    for (const tool of ["Amazon Bedrock", "Anthropic SDKs (Python, TypeScript)", "Anthropic Python and TypeScript SDKs", "botocore / boto3 (also the Anthropic Bedrock clients)"]) {
      expect(toolProblems(tool), tool).toEqual([]);
    }
  });

  it("reports a parenthesis inside the name, at the value's line", () => {
    const problems = toolProblems("Cloudflare (in front of api.anthropic.com), or a proxy of your own");
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.code).toBe("invalid-value");
    expect(problems[0]!.message).toMatch(/search filter "Cloudflare \(in front of api\.anthropic\.com\), or a proxy of your own"/);
  });

  it(`reports a name over ${TOOL_NAME_CHARS} characters and keeps the page`, () => {
    const long = "The Amazon Bedrock Runtime service endpoint";
    const result = withTool(long);
    expect(result.problems.map((p) => p.field)).toEqual(["tool"]);
    expect(result.value?.data.tool).toBe(long);
  });
});
