import { describe, expect, it } from "vitest";
import * as api from "../../../../src/lookup/match/index.ts";

describe("src/lookup/match/index.ts", () => {
  it("exposes the public API", () => {
    expect(Object.keys(api).sort()).toEqual([
      "DEFAULT_LIMIT",
      "HIGH",
      "INDEX_VERSION",
      "KEYS_PER_TEMPLATE",
      "LOW",
      "MAX_KEYS",
      "MAX_SHARDS_PER_LOOKUP",
      "MEDIUM",
      "ROUTER",
      "analyzeMessage",
      "analyzeText",
      "buildLookupIndex",
      "candidatesFrom",
      "chooseKeys",
      "compilePages",
      "coreMessage",
      "createLookup",
      "loadRouter",
      "loadShard",
      "lookupSync",
      "matchTemplate",
      "parameterize",
      "rankMatches",
      "renderSegments",
      "shardsFor",
      "templateText",
    ]);
  });
});
