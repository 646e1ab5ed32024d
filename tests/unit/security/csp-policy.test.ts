import { createHash } from "node:crypto";
import { linkSync, mkdtempSync, readdirSync, readFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { metaPolicy, pagePolicy, styleAttributeHashes, withCspMeta } from "../../../src/integrations/csp-policy.ts";
import { applyCsp } from "../../../src/integrations/csp.ts";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>p{color:red}</style><script type="module" src="/_astro/a.js"></script></head>
<body><p data-x="a>b">x</p><script>console.log("</scrip")</script><!-- <span style="nope"> --><span style="--shiki-light:#fff;--c:&quot;q&quot;">y</span><pre style='color:red'></pre></body></html>`;

describe("per-page CSP", () => {
  const found = pagePolicy(PAGE);

  it("hashes inline scripts and styles exactly, not external scripts", () => {
    expect(found.scriptHashes).toEqual([hash('console.log("</scrip")')]);
    expect(found.styleHashes).toEqual([hash("p{color:red}")]);
    expect(found.policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^ ]+'; style-src 'self' 'sha256-/);
    expect(found.policy).toContain("object-src 'none'; base-uri 'self'");
    expect(found.policy).not.toContain("unsafe-inline");
  });

  it("leaves JSON data blocks (JSON-LD) out: the browser never runs them", () => {
    const withData = PAGE.replace("</head>", '<script type="application/ld+json">{"@type":"FAQPage"}</script><script type=application/json>{}</script></head>');
    expect(pagePolicy(withData).scriptHashes).toEqual([hash('console.log("</scrip")')]);
    // A script of any other type is still hashed.
    expect(pagePolicy(PAGE.replace("</head>", '<script type="text/javascript">run()</script></head>')).scriptHashes).toContain(hash("run()"));
  });

  it("finds inline style attributes (outside comments), decoded, and allows only those by hash", () => {
    expect(found.styleAttributes).toEqual(['--shiki-light:#fff;--c:"q"', "color:red"]);
    expect(found.policy).toContain(`'unsafe-hashes' ${[hash('--shiki-light:#fff;--c:"q"'), hash("color:red")].sort().join(" ")}`);
    expect(pagePolicy("<html><head></head><body><p>x</p></body></html>").policy).not.toContain("unsafe-hashes");
  });

  it("puts the meta tag right after <meta charset>, before every script and style, once", () => {
    const out = withCspMeta(withCspMeta(PAGE, "a"), "default-src 'self'");
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(out.indexOf("http-equiv")).toBeLessThan(out.indexOf("<style>"));
    expect(out).toContain(`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'">`);
  });

  it("writes every HTML file's policy and a _headers file for hosts", () => {
    const dir = mkdtempSync(join(tmpdir(), "csp-"));
    mkdirSync(join(dir, "errors/a"), { recursive: true });
    writeFileSync(join(dir, "index.html"), PAGE);
    writeFileSync(join(dir, "errors/a/index.html"), "<html><head></head><body><script>1</script></body></html>");
    const result = applyCsp(dir);
    expect(result.pages).toBe(2);
    expect(readFileSync(join(dir, "errors/a/index.html"), "utf8")).toContain(hash("1"));
    const headers = readFileSync(join(dir, "_headers"), "utf8");
    expect(headers).toContain(`/errors/a/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash("1")}`);
    expect(headers).toContain("frame-ancestors 'none'");
    expect([...result.styleAttributes.keys()]).toEqual(["/"]);
  });

  it("writes no page that has its meta tag already, takes the policy from it, and writes the same _headers", () => {
    const bare = mkdtempSync(join(tmpdir(), "csp-bare-"));
    const tagged = mkdtempSync(join(tmpdir(), "csp-tagged-"));
    writeFileSync(join(bare, "index.html"), PAGE);
    writeFileSync(join(tagged, "index.html"), withCspMeta(PAGE, pagePolicy(PAGE).policy));
    const first = applyCsp(bare);
    const second = applyCsp(tagged);
    expect([first.written, second.written]).toEqual([1, 0]);
    for (const file of ["index.html", "_headers"]) expect(readFileSync(join(tagged, file), "utf8")).toBe(readFileSync(join(bare, file), "utf8"));
    // The style attributes it allows are read from the policy: the same count either way.
    expect(second.styleAttributes).toEqual(first.styleAttributes);
    expect(second.styleAttributes.get("/")).toHaveLength(2);
    // A second pass over its own output writes nothing.
    expect(applyCsp(bare).written).toBe(0);
  });

  it("reads back the policy it wrote, quotes and ampersands included", () => {
    const policy = `default-src 'self'; style-src 'self' 'unsafe-hashes' 'sha256-a&b' "x"`;
    expect(metaPolicy(withCspMeta(PAGE, policy))).toBe(policy);
    expect(metaPolicy(PAGE)).toBeUndefined();
    expect(styleAttributeHashes(policy)).toEqual(["'sha256-a&b'", '"x"']);
    expect(styleAttributeHashes("default-src 'self'; style-src 'self' 'sha256-b'")).toEqual([]);
  });

  it("replaces a page rather than writing into it: a page kept from the last build is a link into the cache", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-csp-link-"));
    const kept = join(dir, "kept.html");
    writeFileSync(kept, PAGE);
    mkdirSync(join(dir, "site"));
    linkSync(kept, join(dir, "site", "index.html"));
    applyCsp(join(dir, "site"));
    expect(readFileSync(join(dir, "site", "index.html"), "utf8")).toContain("Content-Security-Policy");
    expect(readFileSync(kept, "utf8")).toBe(PAGE);
    expect(readdirSync(join(dir, "site")).sort()).toEqual(["_headers", "index.html"]);
    rmSync(dir, { recursive: true, force: true });
  });
});
