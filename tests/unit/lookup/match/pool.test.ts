import { describe, expect, it } from "vitest";
import { buildLookupIndex } from "../../../../src/lookup/match/build-index.ts";
import { loadShard } from "../../../../src/lookup/match/load-shard.ts";
import { poolOf } from "../../../../src/lookup/match/match.ts";
import { page } from "./pages.ts";

describe("poolOf on a routed site", () => {
  const pages = [
    page("sdk/zebra", "ZebraError: the zebra crossing collapsed", { variants: [["quokka handshake went sideways", "older client"]] }),
    page("sdk/other", "PlainError: an unrelated wording about lanterns"),
  ];
  const index = buildLookupIndex(pages, { forceRouted: true, singleFile: true });
  const shard = loadShard("0", index.shards["0"]);
  const wordings = (keys: string[]) => (poolOf([shard], keys)?.entries ?? []).map((e) => `${e.page.id}#${e.template.source}`);

  it("considers every wording of a page that one wording's key reaches (the file holds the whole page)", () => {
    const signature = shard.templates.find((t) => t.source === 0 && shard.pages[t.page]?.id === "sdk/zebra");
    expect(signature?.keys).toContain("zebra");
    const variant = shard.templates.find((t) => t.source === 1);
    expect(variant?.keys).not.toContain("zebra");
    expect(wordings(["zebra"])).toEqual(["sdk/zebra#0", "sdk/zebra#1"]);
  });

  it("leaves out the pages no key reaches", () => {
    expect(wordings(["unrelated"])).toEqual(["sdk/other#0"]);
    expect(wordings(["nothing-keys-this"])).toEqual([]);
  });

  it("compiles only the pages it considers, and each once (a cold lookup's cost is its pool, not its files)", () => {
    const fresh = loadShard("0", index.shards["0"]);
    expect(fresh.compiledPages).toBe(0);
    expect(poolOf([fresh], ["unrelated"])?.entries.map((e) => e.page.id)).toEqual(["sdk/other"]);
    expect(fresh.compiledPages).toBe(1);
    const first = fresh.at(1);
    poolOf([fresh], ["unrelated", "zebra"]);
    expect(fresh.compiledPages).toBe(2);
    expect(fresh.at(1)).toBe(first);
  });
});
