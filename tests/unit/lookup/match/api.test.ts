import { describe, expect, it } from "vitest";
import * as api from "../../../../src/lookup/match/index.ts";

describe("src/lookup/match/index.ts", () => {
  it("exposes the public API", () => {
    expect(Object.keys(api).sort()).toEqual([
      "DEFAULT_LIMIT",
      "HIGH",
      "INDEX_VERSION",
      "LOW",
      "MAX_SHARDS_PER_LOOKUP",
      "MEDIUM",
      "analyzeMessage",
      "analyzeText",
      "buildLookupIndex",
      "candidatesFrom",
      "compilePages",
      "coreMessage",
      "createLookup",
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
