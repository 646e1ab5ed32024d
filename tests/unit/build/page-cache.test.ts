import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PageCache, siteFingerprint } from "../../../src/build/page-cache.ts";

const root = mkdtempSync(join(tmpdir(), "errata-page-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("error pages kept between builds", () => {
  const inputs = { category: { id: "anthropic-api", title: "Anthropic API" }, filters: { platform: ["anthropic"] }, related: [{ id: "anthropic-api/overloaded" }], edit: undefined };

  it("keys a page by its file, what it reads of other pages, and everything every page depends on", () => {
    const cache = new PageCache(root, "site");
    const key = cache.key("render-1", inputs);
    expect(cache.key("render-1", { ...inputs })).toBe(key);
    expect(cache.key("render-2", inputs)).not.toBe(key);
    expect(cache.key("render-1", { ...inputs, related: [] })).not.toBe(key);
    expect(cache.key("render-1", { ...inputs, category: { id: "anthropic-api", title: "The API" } })).not.toBe(key);
    expect(new PageCache(root, "site, later").key("render-1", inputs)).not.toBe(key);
  });

  it("changes the site's fingerprint with site.yml and with the highlighting classes", () => {
    const site = { title: "errata", base: "/" };
    const base = siteFingerprint(site, ".a{color:red}");
    expect(siteFingerprint({ ...site }, ".a{color:red}")).toBe(base);
    expect(siteFingerprint({ ...site, base: "/docs/" }, ".a{color:red}")).not.toBe(base);
    expect(siteFingerprint(site, ".a{color:red}.b{color:blue}")).not.toBe(base);
  });

  it("copies a page in and out, and prunes what a build did not use", () => {
    const out = join(root, "dist", "errors", "a", "b");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "index.html"), "<p>page b</p>");
    const first = new PageCache(root, "site");
    const key = first.key("r", inputs);
    const other = first.key("r2", inputs);
    expect(first.has(key)).toBe(false);
    first.save(key, join(out, "index.html"));
    expect(first.has(key)).toBe(true);

    const second = new PageCache(root, "site");
    expect(second.has(key)).toBe(true);
    second.restore(key, join(root, "again", "errors", "a", "b", "index.html"));
    expect(readFileSync(join(root, "again", "errors", "a", "b", "index.html"), "utf8")).toBe("<p>page b</p>");
    // Replaced afterwards (as the CSP integration does): the kept page stays as it was.
    writeFileSync(join(root, "again.tmp"), "<p>page b with a policy</p>");
    renameSync(join(root, "again.tmp"), join(root, "again", "errors", "a", "b", "index.html"));
    expect(new PageCache(root, "site").has(key)).toBe(true);
    second.restore(key, join(root, "third.html"));
    expect(readFileSync(join(root, "third.html"), "utf8")).toBe("<p>page b</p>");

    const third = new PageCache(root, "site");
    expect(third.has(other)).toBe(false);
    expect(third.prune()).toBe(1);
    expect(new PageCache(root, "site").has(key)).toBe(false);
  });
});
