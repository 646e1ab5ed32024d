import { describe, expect, it } from "vitest";
import { peakByPhase } from "../../../scripts/bench/measure.ts";

describe("bench:build peak RSS per phase", () => {
  it("gives each phase the largest sample taken while it ran, and the rest to the gaps between phases", () => {
    const spans: [string, number, number][] = [
      ["load", 100, 200],
      ["render", 200, 300],
      ["pagefind", 400, 500],
    ];
    const samples: [number, number][] = [
      [50, 7],
      [120, 10],
      [180, 30],
      [250, 20],
      [350, 99],
      [450, 40],
      [480, 5],
    ];
    expect([...peakByPhase(samples, spans)]).toEqual([
      ["load", 30],
      ["render", 20],
      ["pagefind", 40],
      ["(between phases)", 99],
    ]);
  });

  it("keeps a phase that ran twice at its larger peak, and lists a phase no sample fell in at 0", () => {
    const spans: [string, number, number][] = [
      ["render", 0, 10],
      ["lookup", 10, 11],
      ["render", 20, 30],
    ];
    expect(
      peakByPhase(
        [
          [5, 3],
          [25, 8],
        ],
        spans,
      ),
    ).toEqual(
      new Map([
        ["render", 8],
        ["lookup", 0],
      ]),
    );
  });
});
