import { describe, expect, it } from "vitest";
import { createRoutes, normalizeBase, routes } from "../../../src/routes.ts";

describe("routes", () => {
  it("normalises any spelling of a base path", () => {
    expect(["", "/", "//"].map(normalizeBase)).toEqual(["/", "/", "/"]);
    expect(["docs/errors", "/docs/errors", "/docs/errors/", "docs/errors/"].map(normalizeBase)).toEqual(Array(4).fill("/docs/errors/"));
  });

  it("puts the base in front of every URL", () => {
    const r = createRoutes("/docs/errors/");
    expect([r.home(), r.browse(), r.page("a/b"), r.page("a/b", "fixes"), r.category("a"), r.category("a", 2), r.platform("p", 3)]).toEqual([
      "/docs/errors/",
      "/docs/errors/errors/",
      "/docs/errors/errors/a/b/",
      "/docs/errors/errors/a/b/#fixes",
      "/docs/errors/errors/a/",
      "/docs/errors/errors/a/page/2/",
      "/docs/errors/platforms/p/page/3/",
    ]);
    expect([r.lookup(), r.lookup("x y#"), r.search(), r.playground(), r.shard("t1", "s0"), r.pagefind(), r.errorsJson(), r.sitemap(), r.asset("favicon.svg"), r.path("/errors/")]).toEqual([
      "/docs/errors/lookup/",
      "/docs/errors/lookup/#q=x%20y%23",
      "/docs/errors/search/",
      "/docs/errors/playground/",
      "/docs/errors/lookup/t1/s0.json",
      "/docs/errors/pagefind/pagefind.js",
      "/docs/errors/errors.json",
      "/docs/errors/sitemap-index.xml",
      "/docs/errors/favicon.svg",
      "/docs/errors/errors/",
    ]);
    expect(r.absolute(r.page("a/b"), "https://acme.dev")).toBe("https://acme.dev/docs/errors/errors/a/b/");
  });

  it("at the root, URLs are the plain paths", () => {
    const r = createRoutes("/");
    expect([r.home(), r.page("a/b"), r.shard("t", "0")]).toEqual(["/", "/errors/a/b/", "/lookup/t/0.json"]);
  });

  it("the build's routes use Vite's BASE_URL (here vitest's `/`)", () => {
    expect(routes.base).toBe("/");
  });
});
