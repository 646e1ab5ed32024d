import { describe, expect, it } from "vitest";
import { checkSite, isAnchor, servedPath } from "../../../scripts/check-links-core.ts";

function site(files: Record<string, string>) {
  return { paths: new Set(Object.keys(files)), read: (p: string) => files[p]! };
}
const opts = { base: "/docs/", origin: "https://a.dev" };

describe("check:links core", () => {
  it("maps files to the URLs they are served at", () => {
    expect(servedPath("index.html", "/docs/")).toBe("/docs/");
    expect(servedPath("errors/a/b/index.html", "/docs/")).toBe("/docs/errors/a/b/");
    expect(servedPath("404.html", "/")).toBe("/404.html");
  });

  it("tells anchors from state fragments", () => {
    expect([isAnchor("fixes"), isAnchor("q=abc"), isAnchor("")]).toEqual([true, false, false]);
  });

  it("accepts a site whose links, assets and anchors all resolve", () => {
    const result = checkSite(
      site({
        "index.html":
          '<a href="/docs/errors/x/">x</a><a href="errors/x/#fixes">f</a><a href="/docs/lookup/#q=a%20b">l</a><img src="/docs/logo.svg"><a href="https://other.dev/nowhere/">o</a><a href="mailto:a@b.c">m</a>',
        "errors/x/index.html": '<h2 id="fixes">Fixes</h2><a href="../../">home</a><link rel="canonical" href="https://a.dev/docs/errors/x/">',
        "lookup/index.html": "<p>lookup</p>",
        "logo.svg": "<svg/>",
        "errors.json": '{"pages": [{"url": "https://a.dev/docs/errors/x/"}]}',
        "sitemap-0.xml": "<urlset><url><loc>https://a.dev/docs/errors/x/</loc></url></urlset>",
      }),
      opts,
    );
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ pages: 3, anchors: 1 });
    expect(result.links).toBe(8); // 4 + 2 on the pages, 1 in errors.json, 1 in the sitemap; other sites and mailto: not counted
  });

  it("reports each broken link with its position, field and a reason", () => {
    const result = checkSite(
      site({
        "index.html":
          '<p>\n  <a href="/errors/x/">no base</a>\n<a href="/docs/errors/y/">missing</a><a href="/docs/errors/x">no slash</a><a href="/docs/errors/x/#nope">anchor</a>\n<script src="/docs/_astro/gone.js"></script></p>',
        "errors/x/index.html": "<h2 id=fixes>Fixes</h2>",
        "errors.json": '{"pages": [{"url": "https://a.dev/docs/errors/z/"}]}',
        "sitemap-0.xml": "<loc>https://a.dev/docs/errors/w/</loc>",
      }),
      opts,
    );
    expect(result.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field} ${p.message.split(" — ")[0]}`)).toEqual([
      "index.html:2:3 a[href] /errors/x/ points outside the base path /docs/",
      "index.html:3:1 a[href] /docs/errors/y/ leads nowhere: no errors/y/index.html in the build",
      "index.html:3:38 a[href] /docs/errors/x leads nowhere: no errors/x in the build",
      'index.html:3:75 a[href] /docs/errors/x/#nope: no element with id "nope" in errors/x/index.html',
      "index.html:4:1 script[src] /docs/_astro/gone.js leads nowhere: no _astro/gone.js in the build",
      "sitemap-0.xml:1:1 sitemap https://a.dev/docs/errors/w/ leads nowhere: no errors/w/index.html in the build",
      "errors.json:1:13 errors.json https://a.dev/docs/errors/z/ leads nowhere: no errors/z/index.html in the build",
    ]);
    expect(result.problems[2]!.message).toContain("add the trailing slash");
  });
});
