import { describe, expect, it } from "vitest";
import { gcFlag } from "../../../src/build/gc-flag.ts";

describe("gcFlag", () => {
  it("collects on the JavaScript threads only when the page workers take every core", () => {
    expect(gcFlag(2, 2, [])).toBe("--single-threaded-gc");
    expect(gcFlag(4, 4, [])).toBe("--single-threaded-gc");
  });

  it("leaves V8's helper threads on with a core to spare, or with no workers", () => {
    expect(gcFlag(4, 8, [])).toBeUndefined();
    expect(gcFlag(0, 2, [])).toBeUndefined();
  });

  it("keeps a choice the user made, on the command line or in NODE_OPTIONS", () => {
    expect(gcFlag(2, 2, ["--no-single-threaded-gc"])).toBeUndefined();
    expect(gcFlag(2, 2, ["--enable-source-maps --single_threaded_gc"])).toBeUndefined();
    expect(gcFlag(2, 2, ["--single-threaded"])).toBeUndefined();
  });
});
