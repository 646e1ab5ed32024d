/**
 * Per-phase wall times of one build (content load + validation, rendering, lookup index, Astro,
 * Pagefind), shared across the build script, Astro's bundle and the integrations through shared.ts,
 * and written as JSON to ERRATA_BUILD_TIMINGS when set (read by `npm run bench:build`).
 */
import { writeFileSync } from "node:fs";
import { shared } from "./shared.ts";

function phases(): Record<string, number> {
  return shared<Record<string, number>>("timings", () => ({}));
}

/** Adds `ms` to a phase. */
export function recordPhase(name: string, ms: number): void {
  const p = phases();
  p[name] = (p[name] ?? 0) + ms;
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
  if (file) writeFileSync(file, JSON.stringify(phases(), null, 2));
}
