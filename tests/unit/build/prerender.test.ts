/**
 * The build's render (src/build/prerender.ts): page files read, validated and rendered on worker threads give
 * exactly the pages, problems and renders that reading them and rendering them one by one on the main thread gives.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { Render } from "../../../src/build/prerender.ts";
import { RenderCache } from "../../../src/build/render-cache.ts";
import { loadContent, loadContentAsync } from "../../../src/entries/load-content.ts";
import { renderPage } from "../../../src/entries/render.ts";
import { setShared } from "../../../src/build/shared.ts";

const root = mkdtempSync(join(tmpdir(), "errata-prerender-"));
// Twelve real pages, one of them broken (a frontmatter mistake and a TODO), so problems cross the threads too.
const dir = join(root, "content");
cpSync("content", dir, { recursive: true });
const page = (id: string) => join(dir, "errors", `${id}.md`);
const loaded = loadContent("content");
const ids = loaded.pages.slice(0, 12).map((p) => p.id);
for (const p of loaded.pages.slice(12)) rmSync(page(p.id));
writeFileSync(page(ids[3]!), "---\ntitle: 5\n---\nTODO\n");

afterEach(() => {
  delete process.env["ERRATA_RENDER_WORKERS"];
  setShared("rendered", undefined);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("Render on workers", () => {
  it("reads, validates and renders on two workers the same pages, problems and renders as the main thread", async () => {
    const inline = loadContent(dir);
    expect(inline.pages).toHaveLength(11);
    expect(inline.problems.some((p) => p.code === "todo")).toBe(true);
    const renders = [];
    for (const p of inline.pages) renders.push(JSON.parse(JSON.stringify(await renderPage(p))));
    process.env["ERRATA_RENDER_WORKERS"] = "2";
    const cache = new RenderCache(join(root, "cache"), "test");
    for (const run of ["cold", "warm"]) {
      const render = new Render({ cache, parallelFor: 12 });
      expect(render.parallel).toBe(true);
      const content = await loadContentAsync(dir, (files) => render.readAll(files));
      expect(content.problems).toEqual(inline.problems);
      expect(content.pages.map((p) => [p.id, p.file, p.data, p.sections.map((s) => [s.heading, s.id, s.slot])])).toEqual(
        inline.pages.map((p) => [p.id, p.file, p.data, p.sections.map((s) => [s.heading, s.id, s.slot])]),
      );
      // Positions asked for after the page crossed threads are located from its YAML text again.
      const p = content.pages[0]!;
      expect(p.source.position(p.offsetOf(["title"]))).toEqual(inline.pages[0]!.source.position(inline.pages[0]!.offsetOf(["title"])));
      const rendered = await render.finish();
      expect(content.pages.map((x) => rendered.get(x.id))).toEqual(renders);
      expect([cache.hits, cache.misses]).toEqual(run === "cold" ? [0, 11] : [11, 11]);
    }
  }, 60_000);

  it("takes an unchanged page's validated record from the cache instead of reading it again", async () => {
    process.env["ERRATA_RENDER_WORKERS"] = "1";
    const dirOf = join(root, "cache-records");
    const cache = new RenderCache(dirOf, "test");
    await loadContentAsync(dir, (files) => new Render({ cache, parallelFor: 12 }).readAll(files));
    // Mark every stored record: a rebuild that parsed the files again would not show the mark.
    const entries = readdirSync(join(dirOf, "render"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(entries).toHaveLength(11);
    for (const e of entries) {
      const path = join(e.parentPath, e.name);
      const entry = JSON.parse(readFileSync(path, "utf8")) as { page: { data: { title: string } } };
      entry.page.data.title = `cached: ${entry.page.data.title}`;
      writeFileSync(path, JSON.stringify(entry));
    }
    const again = await loadContentAsync(dir, (files) => new Render({ cache: new RenderCache(dirOf, "test"), parallelFor: 12 }).readAll(files));
    expect(again.pages.every((p) => p.data.title.startsWith("cached: "))).toBe(true);
    // A changed file has another key: it is read, validated and rendered again.
    writeFileSync(page(ids[0]!), readFileSync(page(ids[0]!), "utf8").replace("## What it means\n", "## What it means\n\nChanged.\n"));
    const changed = await loadContentAsync(dir, (files) => new Render({ cache: new RenderCache(dirOf, "test"), parallelFor: 12 }).readAll(files));
    expect(changed.pages.filter((p) => !p.data.title.startsWith("cached: ")).map((p) => p.id)).toEqual([ids[0]]);
  }, 60_000);

  it("renders in memory when there is no cache", async () => {
    process.env["ERRATA_RENDER_WORKERS"] = "1";
    const render = new Render({ parallelFor: 12 });
    const content = await loadContentAsync(dir, (files) => render.readAll(files));
    const rendered = await render.finish();
    expect(rendered.size).toBe(11);
    expect(JSON.parse(JSON.stringify(await renderPage(content.pages[1]!)))).toEqual(rendered.get(content.pages[1]!.id));
  }, 60_000);
});
