/**
 * The heap the site build's process may use. V8 caps a 64-bit Node process's old space at about 4 GB whatever the
 * machine has (measured: 50,000 real-weight pages stopped at 4.0 GB with "JavaScript heap out of memory" on a
 * 23 GB machine), so a big site failed where the memory was there. The build (scripts/build.ts) starts its
 * site process with `--max-old-space-size` at three quarters of the machine's memory, never below V8's own
 * default, unless the user already chose a limit (NODE_OPTIONS or the command line).
 */

/** Share of the machine's memory the build's heap may take: the rest is for Pagefind, the OS and the page cache. */
const SHARE = 0.75;
/** V8's usual 64-bit limit, in MiB: never go below it. */
const V8_DEFAULT_MB = 4096;

/**
 * The `--max-old-space-size` flag for the site build, if one should be added.
 * @param totalBytes The machine's memory (os.totalmem()).
 * @param given The flags already in force: process.execArgv and NODE_OPTIONS.
 * @returns The flag, or undefined when a limit is already set or the machine is too small to raise it.
 */
export function heapLimitFlag(totalBytes: number, given: readonly string[]): string | undefined {
  if (given.some((f) => /--max[-_]old[-_]space[-_]size/.test(f))) return undefined;
  const mb = Math.floor((totalBytes * SHARE) / 2 ** 20);
  return mb > V8_DEFAULT_MB ? `--max-old-space-size=${mb}` : undefined;
}
