import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PagefindCache, pagefindFingerprint } from "../../../src/build/pagefind-cache.ts";
import { indexSite } from "../../../src/build/pagefind-index.ts";

const root = mkdtempSync(join(tmpdir(), "errata-pagefind-cache-"));
const page = (n: number, extra = "") =>
  `<!doctype html><html lang="en"><head><title>Error ${n}</title></head><body>` + `<article data-pagefind-body><h1>Error ${n}</h1><p>overloaded_error number ${n} ${extra}</p></article></body></html>`;

function writeSite(dir: string, changed?: number): void {
  for (let n = 1; n <= 5; n++) {
    mkdirSync(join(dir, "errors", `e${n}`), { recursive: true });
    writeFileSync(join(dir, "errors", `e${n}`, "index.html"), page(n, n === changed ? "now with retry-after" : ""));
  }
}

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), "hex"));
  return out;
}

let parts: string | undefined;
beforeAll(() => {
  parts = process.env["ERRATA_SEARCH_PART_PAGES"];
  process.env["ERRATA_SEARCH_PART_PAGES"] = "2";
});
afterAll(() => {
  if (parts === undefined) delete process.env["ERRATA_SEARCH_PART_PAGES"];
  else process.env["ERRATA_SEARCH_PART_PAGES"] = parts;
  rmSync(root, { recursive: true, force: true });
});

describe("Pagefind parts kept between builds", () => {
  const dir = join(root, "cache");
  const open = () => new PagefindCache(dir, pagefindFingerprint());

  it("indexes only the part whose page changed, and writes what a fresh index writes", async () => {
    writeSite(join(root, "first"));
    const first = open();
    await indexSite(join(root, "first"), { cache: first });
    expect([first.reused, first.indexed, first.prune()]).toEqual([0, 3, 0]);

    // e3 is in the second part (e3, e4): the first and last parts come from the cache.
    writeSite(join(root, "again"), 3);
    writeSite(join(root, "fresh"), 3);
    const again = open();
    await indexSite(join(root, "again"), { cache: again, processes: 2 });
    expect([again.reused, again.indexed]).toEqual([2, 1]);
    // The changed part's old entry is gone; three remain.
    expect(again.prune()).toBe(1);
    expect(readdirSync(join(dir, "pagefind"))).toHaveLength(3);

    await indexSite(join(root, "fresh"));
    const kept = tree(join(root, "again", "pagefind"));
    const fresh = tree(join(root, "fresh", "pagefind"));
    expect([...kept.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [file, bytes] of fresh) expect(kept.get(file) === bytes, file).toBe(true);
  }, 60_000);

  it("never restores an entry that an interrupted save left without its completion mark", async () => {
    writeSite(join(root, "third"), 3);
    const entries = readdirSync(join(dir, "pagefind"));
    for (const name of entries) rmSync(join(dir, "pagefind", name, ".complete"));
    const cache = open();
    await indexSite(join(root, "third"), { cache });
    expect([cache.reused, cache.indexed]).toEqual([0, 3]);
    for (const name of entries) expect(existsSync(join(dir, "pagefind", name, ".complete"))).toBe(true);
  }, 60_000);

  it("keys a part by its pages' paths and bytes, its fragment bundling and the Pagefind release", () => {
    const cache = open();
    const pages = [
      { file: "errors/e1/index.html", digest: "a" },
      { file: "errors/e2/index.html", digest: "b" },
    ];
    const key = cache.key(pages, undefined);
    expect(cache.key([...pages], undefined)).toBe(key);
    expect(cache.key([pages[0]!, { ...pages[1]!, digest: "c" }], undefined)).not.toBe(key);
    expect(cache.key([pages[0]!, { ...pages[1]!, file: "errors/e3/index.html" }], undefined)).not.toBe(key);
    expect(cache.key(pages, 2)).not.toBe(key);
    expect(new PagefindCache(dir, "another lockfile").key(pages, undefined)).not.toBe(key);
  });

  it("keeps the first part's own files, not the other parts' folders inside it", () => {
    const site = join(root, "nested");
    cpSync(join(root, "first", "pagefind"), join(site, "pagefind"), { recursive: true });
    const cache = new PagefindCache(join(root, "nested-cache"), "x");
    cache.save("k", join(site, "pagefind"));
    const saved = readdirSync(join(root, "nested-cache", "pagefind", "k"));
    expect(saved).toContain("pagefind-entry.json");
    expect(saved.filter((f) => f.startsWith("part-"))).toEqual([]);
  });
});
