import { describe, expect, it } from "vitest";
import { heapLimitFlag, outOfHeap, roomyHeapFlag } from "../../../src/build/heap-limit.ts";

const GiB = 2 ** 30;

describe("heapLimitFlag", () => {
  it("sizes the site build's heap to its pages: a floor for small sites, more per page up to the measured size", () => {
    expect(heapLimitFlag(24 * GiB, [], 48)).toBe("--max-old-space-size=2048");
    expect(heapLimitFlag(24 * GiB, [], 9_984)).toBe("--max-old-space-size=2422");
  });

  it("gives a site bigger than any measured three quarters of the machine, and never less than the floor", () => {
    expect(heapLimitFlag(24 * GiB, [], 50_016)).toBe("--max-old-space-size=18432");
    expect(heapLimitFlag(8 * GiB, [], 9_984)).toBe("--max-old-space-size=2422");
    expect(heapLimitFlag(2 * GiB, [], 50_016)).toBe("--max-old-space-size=2048");
  });

  it("gives three quarters of a big machine when asked for room (after running out of heap)", () => {
    expect(roomyHeapFlag(24 * GiB, [])).toBe("--max-old-space-size=18432");
    expect(roomyHeapFlag(4 * GiB, [])).toBeUndefined();
  });

  it("keeps a limit the user chose, on the command line or in NODE_OPTIONS", () => {
    expect(heapLimitFlag(24 * GiB, ["--max-old-space-size=2048"], 9_984)).toBeUndefined();
    expect(roomyHeapFlag(24 * GiB, ["--enable-source-maps --max_old_space_size=3000"])).toBeUndefined();
  });
});

describe("outOfHeap", () => {
  it("knows V8's abort, as a signal or as a shell's exit status, from an ordinary failure", () => {
    expect(outOfHeap({ status: null, signal: "SIGABRT" })).toBe(true);
    expect(outOfHeap({ status: 134, signal: null })).toBe(true);
    expect(outOfHeap({ status: 1, signal: null })).toBe(false);
    expect(outOfHeap({ status: 0, signal: null })).toBe(false);
  });
});
