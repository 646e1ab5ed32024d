import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadContent, loadContentAsync, readPageFile } from "../../../src/entries/load-content.ts";

describe("loadContent", () => {
  const content = loadContent("tests/fixtures/content/valid");

  it("loads every page and category with ids from the folders", () => {
    expect(content.problems).toEqual([]);
    expect(content.pages.map((p) => p.id)).toEqual(["demo-api/rate-limited", "demo-sdk/connection-refused", "demo-sdk/timeout"]);
    expect(content.categories.map((c) => [c.id, c.title, c.order])).toEqual([
      ["demo-api", "Demo API", 1],
      ["demo-sdk", "Demo SDK", undefined],
    ]);
  });

  it("keeps frontmatter typed and body sections in order with their slots", () => {
    const page = content.pages.find((p) => p.id === "demo-sdk/connection-refused")!;
    expect(page.data.summary).toBe("Check that the network allows `api.example.com` on port 443.");
    expect(page.data.updated).toBe("2026-11-24");
    expect(page.sections.map((s) => [s.heading, s.id, s.slot])).toEqual([
      ["What it means", "what-it-means", "before-causes"],
      ["Why it happens", "why-it-happens", "before-causes"],
      ["Platform notes", "platform-notes", "after-fixes"],
      ["Prevention", "prevention", "after-fixes"],
    ]);
  });

  it("returns only renderable pages when some are broken, with every problem", () => {
    const broken = loadContent("tests/fixtures/content/broken");
    expect(broken.pages.map((p) => p.id).sort()).toEqual(["alpha/first", "alpha/second", "no-meta/orphan"]);
    expect(new Set(broken.problems.map((p) => p.code))).toEqual(
      new Set(["file-name", "dangling-related", "dangling-link", "self-related", "duplicate-signature", "duplicate-bare-status", "no-related", "missing-category"]),
    );
  });

  it("points a cross-page problem, found after the page was read, at its YAML line and column", () => {
    // The page keeps its YAML text, not its document: this position is located by parsing the text again.
    const broken = loadContent("tests/fixtures/content/broken");
    const dangling = broken.problems.find((p) => p.code === "dangling-related");
    expect(dangling).toBeDefined();
    const line = readFileSync(dangling?.file ?? "", "utf8").split("\n")[(dangling?.line ?? 0) - 1] ?? "";
    expect(line.slice((dangling?.column ?? 0) - 1)).toMatch(/^[\w"'-]+\/[\w-]+/);
    expect(dangling?.field).toMatch(/^related\[\d+\]$/);
  });

  it("reports a content folder without errors/", () => {
    expect(loadContent("tests/fixtures").problems.map((p) => p.message)).toEqual(["no errors/ folder in tests/fixtures — pages live in tests/fixtures/errors/<category>/<slug>.md"]);
  });
});

describe("loadContentAsync", () => {
  it("loads the same content as loadContent, with the page files read by the given reader", async () => {
    for (const dir of ["tests/fixtures/content/valid", "tests/fixtures/content/broken"]) {
      const asked: string[] = [];
      const content = await loadContentAsync(dir, async (files) => {
        asked.push(...files.map((f) => `${f.category}/${f.slug}`));
        await Promise.resolve();
        return files.map(readPageFile);
      });
      const sync = loadContent(dir);
      expect(content.problems).toEqual(sync.problems);
      expect(content.pages.map((p) => [p.id, p.data])).toEqual(sync.pages.map((p) => [p.id, p.data]));
      // Every page file is handed to the reader once, in the walk's order.
      expect(asked).toEqual([...asked].sort());
      expect(content.pages.every((p) => asked.includes(p.id))).toBe(true);
    }
  });
});
