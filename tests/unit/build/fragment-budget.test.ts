import { afterEach, describe, expect, it } from "vitest";
import { fragmentCaps, MAX_GROUP, PART_FILES } from "../../../src/build/fragment-budget.ts";
import { FILE_LIMIT, fileLimit } from "../../../src/build/host-limits.ts";

describe("fragment files per part of the search index", () => {
  it("keeps one fragment file per page while the whole site fits the host", () => {
    expect(fragmentCaps([52], 100, FILE_LIMIT)).toEqual([undefined]);
    // Exactly at the limit: pages + files before + every part's other files.
    const before = FILE_LIMIT - 4 * PART_FILES - 8_000;
    expect(fragmentCaps([2_000, 2_000, 2_000, 2_000], before, FILE_LIMIT)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("bundles just enough once it does not, sharing the room among the parts by their pages", () => {
    const before = 10_400; // 10,000 pages and their assets, before Pagefind
    const caps = fragmentCaps([2_500, 2_500, 2_500, 2_500], before, FILE_LIMIT);
    const room = FILE_LIMIT - before - 4 * PART_FILES;
    expect(caps).toEqual([room / 4, room / 4, room / 4, room / 4].map(Math.floor));
    expect(before + 4 * PART_FILES + caps.reduce((a, b) => a! + b!, 0)!).toBeLessThanOrEqual(FILE_LIMIT);
    const uneven = fragmentCaps([3_000, 1_000], 17_000, FILE_LIMIT);
    expect(uneven[0]).toBeGreaterThan(uneven[1]!);
  });

  it("never bundles more than MAX_GROUP pages a file, even when nothing fits", () => {
    expect(fragmentCaps([2_500, 13], 50_000, FILE_LIMIT)).toEqual([Math.ceil(2_500 / MAX_GROUP), Math.ceil(13 / MAX_GROUP)]);
  });
});

describe("the host's file limit", () => {
  afterEach(() => {
    delete process.env["ERRATA_FILE_LIMIT"];
  });

  it("is Cloudflare Pages' 20,000 unless ERRATA_FILE_LIMIT names a positive whole number", () => {
    expect(fileLimit()).toBe(20_000);
    process.env["ERRATA_FILE_LIMIT"] = "100000";
    expect(fileLimit()).toBe(100_000);
    for (const bad of ["0", "-5", "1.5", "lots", ""]) {
      process.env["ERRATA_FILE_LIMIT"] = bad;
      expect(fileLimit()).toBe(20_000);
    }
  });
});
