import { describe, expect, it } from "vitest";
import { filterNormaliser, pageFilters, toolNames } from "../../../src/search-filters.ts";

describe("toolNames", () => {
  it("splits SDK lists written either way into one SDK per language", () => {
    expect(toolNames("Anthropic SDKs (Python, TypeScript)")).toEqual(["Anthropic Python SDK", "Anthropic TypeScript SDK"]);
    expect(toolNames("Anthropic SDKs (TypeScript, Python)")).toEqual(["Anthropic TypeScript SDK", "Anthropic Python SDK"]);
    expect(toolNames("Anthropic Python and TypeScript SDKs")).toEqual(["Anthropic Python SDK", "Anthropic TypeScript SDK"]);
  });
  it("drops a trailing remark in parentheses and keeps plain names", () => {
    expect(toolNames("botocore / boto3 (also the Anthropic Bedrock clients)")).toEqual(["botocore / boto3"]);
    expect(toolNames("google-auth (through the Anthropic Python SDK)")).toEqual(["google-auth"]);
    expect(toolNames("  Anthropic   API ")).toEqual(["Anthropic API"]);
    expect(toolNames("()")).toEqual([]);
  });
});

describe("filterNormaliser", () => {
  it("maps case, spacing and punctuation variants to the most used spelling", () => {
    const norm = filterNormaliser(["botocore / boto3", "Botocore/boto3", "botocore / boto3", "Amazon Bedrock"]);
    expect(norm("Botocore/boto3")).toBe("botocore / boto3");
    expect(norm("amazon  bedrock")).toBe("Amazon Bedrock");
    expect(norm("Docker")).toBe("Docker");
  });
});

describe("pageFilters", () => {
  it("gives every page one spelling per tool, with no duplicates on a page", () => {
    const pages = [
      { tool: "Anthropic SDKs (Python, TypeScript)", platforms: ["Amazon Bedrock"] },
      { tool: "Anthropic Python SDK", platforms: ["amazon bedrock", "Amazon Bedrock"] },
      { tool: "Anthropic python SDK" },
    ];
    const of = pageFilters(pages);
    expect(of(pages[0]!)).toEqual({ tools: ["Anthropic Python SDK", "Anthropic TypeScript SDK"], platforms: ["Amazon Bedrock"] });
    expect(of(pages[1]!)).toEqual({ tools: ["Anthropic Python SDK"], platforms: ["Amazon Bedrock"] });
    expect(of(pages[2]!).tools).toEqual(["Anthropic Python SDK"]);
    const all = new Set(pages.flatMap((p) => of(p).tools));
    expect([...all].sort()).toEqual(["Anthropic Python SDK", "Anthropic TypeScript SDK"]);
  });
});
