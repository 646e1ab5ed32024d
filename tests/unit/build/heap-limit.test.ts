import { describe, expect, it } from "vitest";
import { heapLimitFlag } from "../../../src/build/heap-limit.ts";

const GiB = 2 ** 30;

describe("heapLimitFlag", () => {
  it("gives the site build three quarters of a big machine's memory", () => {
    expect(heapLimitFlag(24 * GiB, [])).toBe("--max-old-space-size=18432");
  });

  it("adds nothing on a machine where that is below V8's own default", () => {
    expect(heapLimitFlag(4 * GiB, [])).toBeUndefined();
  });

  it("keeps a limit the user chose, on the command line or in NODE_OPTIONS", () => {
    expect(heapLimitFlag(24 * GiB, ["--max-old-space-size=2048"])).toBeUndefined();
    expect(heapLimitFlag(24 * GiB, ["--enable-source-maps --max_old_space_size=3000"])).toBeUndefined();
  });
});
