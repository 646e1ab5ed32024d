/**
 * Whether the site build's process collects garbage on the JavaScript threads only (`--single-threaded-gc`).
 *
 * V8 normally runs parts of each collection (marking, sweeping, compaction) on helper threads. When the page workers
 * (render-pool.ts) already keep every core busy, those helpers only take turns with them: on a 2-core machine,
 * loading and rendering 988 real-weight copies on 2 workers took 20.7–21.2 s and 38–40 s of CPU with V8's default,
 * 16.8–18.2 s and 33–35 s with `--single-threaded-gc` (three runs each); in the whole build at 2,028 copies the phase
 * went from 36.0 s to 32.4 s and the process tree's CPU from 83.6 s to 78.2 s (`npm run bench:build -- 2028`). With
 * a core to spare, or without workers (a small site: one JavaScript thread), the helpers run beside it for free, so
 * the flag is left off. A GC flag the user chose (the command line or NODE_OPTIONS) always wins.
 */

/**
 * The flag for the site build's process.
 * @param workers Page workers the build will start (render-pool.ts `workerCount`).
 * @param cores The machine's cores (os.availableParallelism()).
 * @param given The flags already in force: process.execArgv and NODE_OPTIONS.
 * @returns `--single-threaded-gc`, or undefined.
 */
export function gcFlag(workers: number, cores: number, given: readonly string[]): string | undefined {
  if (given.some((f) => /--(?:no-)?single[-_]threaded(?:[-_]gc)?\b/.test(f))) return undefined;
  return workers > 0 && workers >= cores ? "--single-threaded-gc" : undefined;
}
