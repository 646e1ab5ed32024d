import { describe, expect, it } from "vitest";
import { buildErrorsJson } from "../../../src/entries/export-json.ts";
import { loadContent } from "../../../src/entries/load-content.ts";

describe("errors.json export", () => {
  it("exports every page's metadata from the validated content", () => {
    const content = loadContent("tests/fixtures/content/valid");
    const out = buildErrorsJson(content.pages, content.categories, "https://errata.test/");
    expect(out.version).toBe(1);
    expect(out.categories).toEqual([
      { id: "demo-api", title: "Demo API", description: "Errors a demo HTTP API returns.", url: "https://errata.test/errors/demo-api/", pages: 1 },
      { id: "demo-sdk", title: "Demo SDK", description: "Errors raised inside the demo client library.", url: "https://errata.test/errors/demo-sdk/", pages: 2 },
    ]);
    expect(out.pages.map((p) => p.id)).toEqual(["demo-api/rate-limited", "demo-sdk/connection-refused", "demo-sdk/timeout"]);
    expect(out.pages[0]).toEqual({
      id: "demo-api/rate-limited",
      url: "https://errata.test/errors/demo-api/rate-limited/",
      category: "demo-api",
      title: "RateLimitError: too many requests",
      signature: "demo.RateLimitError: Error code: 429 - too many requests for org org_01HZX8Y2QK3M",
      summary: "Wait for the `retry-after` seconds, then retry.",
      tool: "Demo SDK",
      platforms: ["Demo Cloud"],
      languages: ["python"],
      variants: [],
      versions: [{ package: "demo", affected: "1.0 – 1.4", fixed: "1.5" }],
      related: ["demo-sdk/connection-refused"],
      sources: [{ title: "Demo docs", url: "https://example.com/docs/rate-limits" }],
      updated: "2026-11-20",
      playground: false,
    });
  });
});
