/** Page links as authors write them are read with the patterns of src/routes.ts, the module that emits the URLs. */
import { describe, expect, it } from "vitest";
import { linkedPageId, internalLinks } from "../../../src/entries/internal-links.ts";
import { createRoutes, PAGE_LINK } from "../../../src/routes.ts";

describe("PAGE_LINK", () => {
  it("reads the link routes.page emits under the root base, with or without the closing slash and with an anchor", () => {
    const href = createRoutes("/").page("anthropic-api/rate-limit-error-429", "fix-1");
    expect(PAGE_LINK.exec(href)?.slice(1)).toEqual(["anthropic-api", "rate-limit-error-429", "#fix-1"]);
    expect(linkedPageId("/errors/a/b")).toBe("a/b");
    expect(linkedPageId("/errors/a/b/c")).toBeUndefined();
    expect(linkedPageId("https://example.com/errors/a/b/")).toBeUndefined();
  });

  it("finds every page link in Markdown text at its offset", () => {
    const text = "See [one](/errors/a/b) and [two](/errors/c/d/#x), not [three](/search/).";
    expect(internalLinks(text)).toEqual([
      { url: "/errors/a/b", offset: 10 },
      { url: "/errors/c/d/#x", offset: 33 },
    ]);
  });
});
