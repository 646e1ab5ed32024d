/**
 * Whole builds of a small site (the real pages, copied by the bench's generator into a temp folder):
 *   - determinism: two cold builds (one with a fresh render cache on worker threads, one with the cache off on
 *     the main thread) write byte-identical dist/ folders, in different output directories;
 *   - incremental: after one page changes, a build reusing the first build's cache writes exactly the
 *     dist/ a cold build of the changed content writes, and reuses every other page's render, HTML and search part
 *     and, when the change leaves what the lookup reads alone, the lookup index; after a title changes, the pages
 *     that link to it are written again, and the output is still a cold build's.
 * The search index is cut into parts of 12 pages here (ERRATA_SEARCH_PART_PAGES), so there are parts to reuse.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeRealCopies } from "../../scripts/bench/real-copies.ts";
import { dirDifferences, fileCount } from "./compare-dirs.ts";

const root = mkdtempSync(join(tmpdir(), "errata-build-test-"));
const content = join(root, "content");
writeRealCopies("content", content, 32);

/** The environment of a user's build: vitest's own settings (NODE_ENV=test, VITEST_*) would change Vite's output. */
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_ENV" && !k.startsWith("VITEST")));

function build(name: string, env: Record<string, string>): { out: string; stdout: string; ms: number } {
  const out = join(root, name);
  const started = performance.now();
  const run = spawnSync("npm", ["run", "--silent", "build", "--", "--outDir", out], {
    encoding: "utf8",
    env: { ...baseEnv, ASTRO_TELEMETRY_DISABLED: "1", ERRATA_CONTENT: content, ERRATA_CACHE_DIR: join(root, "cache-none"), ERRATA_SEARCH_PART_PAGES: "12", ...env },
  });
  if (run.status !== 0) throw new Error(`build ${name} failed (exit ${run.status}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  return { out, stdout: run.stdout, ms: performance.now() - started };
}

let failed = false;
afterAll(() => {
  if (failed) console.log(`builds kept in ${root} for inspection`);
  else rmSync(root, { recursive: true, force: true });
});

describe("whole builds", () => {
  const cache = join(root, "cache-1");
  let first: ReturnType<typeof build>;

  it("two cold builds write byte-identical dist/ folders", () => {
    // The first reads, validates and renders on two worker threads (as a site of 200 pages or more does), the second
    // on the main thread: the same bytes.
    first = build("cold-a", { ERRATA_CACHE_DIR: cache, ERRATA_RENDER_WORKERS: "2" });
    const second = build("cold-b", { ERRATA_CACHE: "0" });
    expect(fileCount(first.out)).toBeGreaterThan(40);
    failed = true;
    expect(dirDifferences(first.out, second.out)).toEqual([]);
    failed = false;
  });

  it("a rebuild after one changed page equals a cold build and reuses the other renders, pages and search parts", () => {
    const page = join(content, "errors/anthropic-api/rate-limit-error-429.md");
    writeFileSync(page, readFileSync(page, "utf8").replace("## Prevention\n", "## Prevention\n\nChanged for the incremental test: `retry-after` first.\n"));
    // On workers, which take every unchanged page's record and render from the cache without reading it again.
    const warm = build("incremental", { ERRATA_CACHE_DIR: cache, ERRATA_RENDER_WORKERS: "2" });
    const cold = build("cold-c", { ERRATA_CACHE: "0" });
    // Every page but the changed one comes from the cache (the cold build rendered them all).
    const total = Number(/render cache .*: 0 reused, (\d+) rendered/.exec(first.stdout)?.[1] ?? NaN);
    expect(total).toBeGreaterThan(30);
    expect(warm.stdout).toMatch(new RegExp(`render cache .*: ${total - 1} reused, 1 rendered`));
    expect(warm.stdout).toMatch(new RegExp(`error pages: ${total - 1} kept from the last build, 1 written`));
    const parts = Number(/parts: 0 reused, (\d+) indexed/.exec(first.stdout)?.[1] ?? NaN);
    expect(parts).toBeGreaterThan(2);
    expect(warm.stdout).toMatch(new RegExp(`parts: ${parts - 1} reused, 1 indexed`));
    // A change to the page's prose leaves the lookup index as it was.
    expect(warm.stdout).toMatch(/lookup index: reused/);
    expect(readFileSync(join(warm.out, "errors/anthropic-api/rate-limit-error-429/index.html"), "utf8")).toContain("Changed for the incremental test");
    failed = true;
    expect(dirDifferences(warm.out, cold.out)).toEqual([]);
    failed = false;
    console.log(`cold ${Math.round(first.ms)} ms, incremental ${Math.round(warm.ms)} ms (small site: Astro's fixed cost dominates; see npm run bench:build for scale)`);
  });

  it("a rebuild after a title changed writes the pages that show it again, and equals a cold build", () => {
    const page = join(content, "errors/anthropic-api/rate-limit-error-429.md");
    const text = readFileSync(page, "utf8");
    expect(text).toMatch(/^title: "RateLimitError 429/m);
    writeFileSync(page, text.replace(/^title: "RateLimitError 429/m, 'title: "RateLimitError (renamed) 429'));
    const warm = build("retitled", { ERRATA_CACHE_DIR: cache, ERRATA_RENDER_WORKERS: "2" });
    const cold = build("cold-d", { ERRATA_CACHE: "0" });
    // The page and those whose related links name it; the lookup index reads titles.
    const written = Number(/error pages: \d+ kept from the last build, (\d+) written/.exec(warm.stdout)?.[1] ?? NaN);
    expect(written).toBeGreaterThan(1);
    expect(warm.stdout).toMatch(/lookup index: built/);
    failed = true;
    expect(dirDifferences(warm.out, cold.out)).toEqual([]);
    failed = false;
  });
});
