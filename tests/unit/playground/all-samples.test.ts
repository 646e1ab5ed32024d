/** The playground page's sample order per decoder (src/playground/options.ts allSampleIdsFor). */
import { describe, expect, it } from "vitest";
import { SAMPLES } from "../../../src/decoders/index.ts";
import { allSampleIdsFor } from "../../../src/playground/options.ts";

describe("allSampleIdsFor", () => {
  it.each(["aws-eventstream", "sse"] as const)("%s: every sample of the decoder once, failing ones first, normal streams last", (decoder) => {
    const ids = allSampleIdsFor(decoder);
    expect([...ids].sort()).toEqual(
      SAMPLES.filter((s) => s.decoder === decoder)
        .map((s) => s.id)
        .sort(),
    );
    const firstNormal = ids.findIndex((id) => id.endsWith("-normal"));
    expect(firstNormal).toBeGreaterThan(0);
    expect(ids.slice(firstNormal).every((id) => id.endsWith("-normal"))).toBe(true);
  });
});
