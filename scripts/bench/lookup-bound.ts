/**
 * The most a cold lookup can fetch on a routed site, whatever the paste: the router plus the largest data files
 * route.ts `pickKeys` may read together (one file, or two whose listed sizes fit `LOOKUP_KB`). Checked over every
 * pair, so the issue 8 byte budget is a bound, not a sample.
 */
import { LOOKUP_KB } from "../../src/lookup/match/route.ts";

/**
 * @param listed Data file → size in kilobytes as the router lists it.
 * @param bytes Data file (and `router`) → bytes as served (gzipped, for the budget).
 * @param routerName The router's file name.
 * @returns Bytes of the router plus the heaviest allowed one or two files.
 */
export function worstColdLookup(listed: ReadonlyMap<string, number>, bytes: ReadonlyMap<string, number>, routerName: string): number {
  const names = [...listed.keys()];
  let worst = 0;
  for (const a of names) {
    worst = Math.max(worst, bytes.get(a) ?? 0);
    for (const b of names) {
      if (a < b && (listed.get(a) ?? 0) + (listed.get(b) ?? 0) <= LOOKUP_KB) worst = Math.max(worst, (bytes.get(a) ?? 0) + (bytes.get(b) ?? 0));
    }
  }
  return worst + (bytes.get(routerName) ?? 0);
}
