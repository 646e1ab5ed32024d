/**
 * The build's render (src/build/prerender.ts): pages added while they load and rendered on worker threads give
 * exactly what rendering them one by one on the main thread gives.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Render } from "../../../src/build/prerender.ts";
import { loadContent } from "../../../src/entries/load-content.ts";
import { renderPage } from "../../../src/entries/render.ts";
import { setShared } from "../../../src/build/shared.ts";

const pages = loadContent("content").pages.slice(0, 12);

afterEach(() => {
  delete process.env["ERRATA_RENDER_WORKERS"];
  setShared("rendered", undefined);
});

describe("Render", () => {
  it("renders on two workers, fed one page at a time, the same pages as the main thread does", async () => {
    const inline = [];
    for (const page of pages) inline.push(JSON.parse(JSON.stringify(await renderPage(page))));
    process.env["ERRATA_RENDER_WORKERS"] = "2";
    const render = new Render({ parallelFor: pages.length });
    for (const page of pages) {
      render.add(page);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const rendered = await render.finish();
    expect(rendered.size).toBe(pages.length);
    expect(pages.map((p) => rendered.get(p.id))).toEqual(inline);
  }, 60_000);
});
