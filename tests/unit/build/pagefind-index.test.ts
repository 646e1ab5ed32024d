import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexSite } from "../../../src/build/pagefind-index.ts";
import { partProcesses } from "../../../src/build/search-parts.ts";

const root = mkdtempSync(join(tmpdir(), "errata-pagefind-"));
const page = (n: number) =>
  `<!doctype html><html lang="en"><head><title>Error ${n}</title></head><body><nav>menu</nav>` +
  `<article data-pagefind-body><h1>Error ${n}</h1><p>overloaded_error number ${n}: the API is temporarily overloaded (${"word ".repeat(n)})</p></article></body></html>`;

/** Every file under `dir`, relative path → bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)));
  return out;
}

let parts: string | undefined;
beforeAll(() => {
  parts = process.env["ERRATA_SEARCH_PART_PAGES"];
  process.env["ERRATA_SEARCH_PART_PAGES"] = "2";
  const site = join(root, "site");
  for (let n = 1; n <= 5; n++) {
    mkdirSync(join(site, "errors", `e${n}`), { recursive: true });
    writeFileSync(join(site, "errors", `e${n}`, "index.html"), page(n));
  }
  writeFileSync(join(site, "index.html"), "<!doctype html><html><body>home, not indexed</body></html>");
  cpSync(site, join(root, "one-process"), { recursive: true });
  cpSync(site, join(root, "two-at-once"), { recursive: true });
});

afterAll(() => {
  if (parts === undefined) delete process.env["ERRATA_SEARCH_PART_PAGES"];
  else process.env["ERRATA_SEARCH_PART_PAGES"] = parts;
  rmSync(root, { recursive: true, force: true });
});

describe("indexSite", () => {
  it("writes the same bundles with two parts at once, each in a process of its own, as one after another here", async () => {
    expect(await indexSite(join(root, "one-process"))).toBe(5);
    expect(await indexSite(join(root, "two-at-once"), { processes: 2 })).toBe(5);
    const one = tree(join(root, "one-process", "pagefind"));
    const two = tree(join(root, "two-at-once", "pagefind"));
    // Three parts of at most two pages: pagefind/ and pagefind/part-1/, part-2/.
    expect([...one.keys()].filter((f) => f.endsWith("pagefind-entry.json")).sort()).toEqual(["pagefind-entry.json", "part-1/pagefind-entry.json", "part-2/pagefind-entry.json"]);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [file, bytes] of one) expect(two.get(file)?.equals(bytes), file).toBe(true);
    // No staging folder is left behind.
    expect(readdirSync(join(root, "two-at-once")).filter((f) => f.startsWith(".pagefind-part-"))).toEqual([]);
  }, 60_000);

  it("reports a part that fails, whichever process indexed it", async () => {
    const broken = join(root, "broken");
    cpSync(join(root, "site"), broken, { recursive: true });
    // A page that vanishes after the parts are listed is not indexed.
    const gone = join(broken, "errors", "e5", "index.html");
    const listing = indexSite(broken, { processes: 2 });
    rmSync(gone);
    const error = await listing.then(
      () => undefined,
      (e: unknown) => e as Error & { cause?: Error },
    );
    expect(error?.message).toMatch(/Building the Pagefind search index failed/);
    // The cause names the part (its bundle's folder) and what went wrong there.
    expect(error?.cause?.message).toMatch(/^pagefind\/part-2: Pagefind indexed 0 of the part's 1 pages/);
  }, 60_000);

  it("indexes pages whose paths have glob characters (staged, not globbed)", async () => {
    const odd = join(root, "odd");
    for (const name of ["e-1", "e{2},[3]"]) {
      mkdirSync(join(odd, "errors", name), { recursive: true });
      writeFileSync(join(odd, "errors", name, "index.html"), page(name.length));
    }
    expect(await indexSite(odd)).toBe(2);
    expect(readdirSync(odd).filter((f) => f.startsWith(".pagefind-part-"))).toEqual([]);
    const entry = JSON.parse(readFileSync(join(odd, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages)[0]?.page_count).toBe(2);
  }, 60_000);
});

describe("parts indexed at once", () => {
  it("is two on two or more cores and one on a single core", () => {
    expect([1, 2, 8].map(partProcesses)).toEqual([1, 2, 2]);
  });
});
