/** The one slug rule (src/entries/slug.ts): URL segments, anchors, suggested names and scaffolded types. */
import { describe, expect, it } from "vitest";
import { kebabCase, slugify } from "../../../src/entries/slug.ts";
import { slugFromSignature } from "../../../src/entries/scaffold.ts";

describe("slugify", () => {
  it.each([
    ["Amazon Bedrock", "amazon-bedrock"],
    ["Google Vertex AI", "google-vertex-ai"],
    ["  What it means?  ", "what-it-means"],
    ["C++ / .NET", "c-net"],
    ["日本", ""],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe("kebabCase", () => {
  it.each([
    ["RateLimitError", "rate-limit-error"],
    ["APIConnectionError", "api-connection-error"],
    ["BadFolder", "bad-folder"],
    ["Bad_Name", "bad-name"],
    ["already-kebab", "already-kebab"],
  ])("%j → %j", (name, kebab) => {
    expect(kebabCase(name)).toBe(kebab);
  });

  it("names a scaffolded page after its exception type", () => {
    expect(slugFromSignature("anthropic.RateLimitError: Error code: 429")).toBe("rate-limit-error-429");
  });
});
