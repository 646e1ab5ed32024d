/**
 * Per-phase wall times of one build (content load + validation, rendering, lookup index, Astro,
 * Pagefind), shared across the build script, Astro's bundle and the integrations through shared.ts,
 * and written as JSON to ERRATA_BUILD_TIMINGS when set (read by `npm run bench:build`): `phases`, the
 * milliseconds per phase, and `spans`, when each ran (epoch milliseconds), so the bench can tell in which
 * phase the process tree's memory peaked (issue 12: profile first).
 */
import { writeFileSync } from "node:fs";
import { shared } from "./shared.ts";

/** One run of a phase: its name, start and end in epoch milliseconds. */
export type Span = [name: string, start: number, end: number];

/** What ERRATA_BUILD_TIMINGS holds. */
export interface Timings {
  phases: Record<string, number>;
  spans: Span[];
}

function timings(): Timings {
  return shared<Timings>("timings", () => ({ phases: {}, spans: [] }));
}

/** Adds `ms`, which ended now, to a phase. */
export function recordPhase(name: string, ms: number): void {
  const t = timings();
  t.phases[name] = (t.phases[name] ?? 0) + ms;
  const end = Date.now();
  t.spans.push([name, end - ms, end]);
}

/** Runs `work` and records its wall time under `name`. */
export async function timePhase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordPhase(name, performance.now() - started);
  }
}

export function writeTimings(): void {
  const file = process.env["ERRATA_BUILD_TIMINGS"];
  if (file) writeFileSync(file, JSON.stringify(timings(), null, 2));
}
