import { describe, expect, it } from "vitest";
import { buildLookupIndex } from "../../../../src/lookup/match/build-index.ts";
import { loadShard } from "../../../../src/lookup/match/load-shard.ts";
import { POOL_CAP, poolOf } from "../../../../src/lookup/match/match.ts";
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

describe("poolOf on a key held by more pages than a lookup compiles (POOL_CAP)", () => {
  // Every page says `quasar` and a word of its own, so `quasar` keys them all.
  const own = (i: number) => `zz${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}word`;
  const many = POOL_CAP + 12;
  const pages = [...Array.from({ length: many }, (_, i) => page(`sdk/p${String(i).padStart(3, "0")}`, `QuasarError: quasar ${own(i)}`)), page("sdk/lantern", "LanternError: lanterns flicker")];
  const index = buildLookupIndex(pages, { forceRouted: true, singleFile: true });
  const ids = (keys: string[], words?: string[]) => [...new Set((poolOf([loadShard("0", index.shards["0"])], keys, words && new Set(words))?.entries ?? []).map((e) => e.page.id))];

  it("keys every page by the shared word", () => {
    expect(ids(["quasar"])).toHaveLength(many);
  });

  it("keeps POOL_CAP of them, the page whose wording the paste holds whole among them", () => {
    const last = `sdk/p${String(many - 1).padStart(3, "0")}`;
    const kept = ids(["quasar"], ["quasarerror", "quasar", own(many - 1)]);
    expect(kept).toHaveLength(POOL_CAP);
    expect(kept).toContain(last);
    // The rest tie, and go by id: the last page would otherwise be the first one left out.
    expect(ids(["quasar"], ["quasarerror", "quasar"])).not.toContain(last);
  });

  it("keeps a page reached by a key with few pages whatever its rank", () => {
    const kept = ids(["quasar", "lanterns"], ["quasar", "lanterns"]);
    expect(kept).toContain("sdk/lantern");
    expect(kept).toHaveLength(POOL_CAP + 1);
  });
});
