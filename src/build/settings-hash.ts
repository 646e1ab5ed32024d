/** Feeds the `ERRATA_*` settings that change a build's output into a hash, in a stable order. */
import type { Hash } from "node:crypto";

/** Settings that only say where things go or how much is printed: they never change dist/. */
const NEVER = ["ERRATA_CACHE_DIR", "ERRATA_CACHE", "ERRATA_BUILD_TIMINGS", "ERRATA_LOG_LEVEL", "ERRATA_RENDER_WORKERS", "ERRATA_OUT_DIR"];

export function hashSettings(hash: Hash, skip: readonly string[] = []): Hash {
  const entries = Object.entries(process.env).filter(([k]) => k.startsWith("ERRATA_") && !NEVER.includes(k) && !skip.includes(k));
  for (const [k, v] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${k}=${v}\0`);
  return hash;
}
