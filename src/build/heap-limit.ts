/**
 * The heap the site build's process may use (`--max-old-space-size`), sized to the site.
 *
 * - Too small a cap fails big sites: V8 caps a 64-bit Node process's old space at about 4 GB whatever the machine
 *   has, and 50,000 real-weight pages stopped at 4.0 GB with "JavaScript heap out of memory" on a 23 GB machine.
 * - Too large a cap costs memory for nothing: V8 collects lazily while far from its limit, so with three quarters
 *   of that machine allowed, 9,984 real-weight pages peaked at 3.13 GB of RSS in the site process (3.32 GB for the
 *   process tree), while the same build capped at 2,400 MB peaked at 2.23 GB (tree 2.41 GB) and ran faster (499 s
 *   against 610 s wall, `npm run bench:build -- 10000`, issue 12's 3 GB target).
 *
 * So, up to the largest site measured this way (MEASURED_PAGES), the cap is what the site needs — a base plus a
 * measured share per error page, never under FLOOR_MB — within three quarters of the machine; a bigger site gets
 * the machine's share, as the 50,000-page build needed (how its heap grows past 10,000 pages is not measured, and
 * running out late in a long build costs more than the memory). If the site process still runs out of heap,
 * scripts/build.ts builds again with the machine's share (`roomyHeapFlag`). A limit the user chose (NODE_OPTIONS or the
 * command line) always wins.
 */

/** Share of the machine's memory the build's heap may take: the rest is for Pagefind, the OS and the page cache. */
const SHARE = 0.75;
/** V8's usual 64-bit limit, in MiB. */
const V8_DEFAULT_MB = 4096;
/** What any site's build needs (Astro, Vite, Shiki and their modules), in MiB. */
const BASE_MB = 1024;
/** Heap per error page, in MiB: 9,984 real-weight pages built within 2,400 MiB (BASE_MB + 0.14 × 9,984 = 2,422). */
const PER_PAGE_MB = 0.14;
/** Never less, in MiB: headroom for pages much heavier than this repository's. */
const FLOOR_MB = 2048;
/** The largest site the per-page share was measured on. */
const MEASURED_PAGES = 10_000;

/** A `--max-old-space-size` limit the user already chose (the command line or NODE_OPTIONS): it always wins. */
function userLimit(given: readonly string[]): boolean {
  return given.some((f) => /--max[-_]old[-_]space[-_]size/.test(f));
}

/** Three quarters of the machine's memory, in MiB. */
function machineShare(totalBytes: number): number {
  return Math.floor((totalBytes * SHARE) / 2 ** 20);
}

/**
 * The `--max-old-space-size` flag for the site build.
 * @param totalBytes The machine's memory (os.totalmem()).
 * @param given The flags already in force: process.execArgv and NODE_OPTIONS.
 * @param pages The site's error pages.
 * @returns The flag, or undefined when the user already set a limit.
 */
export function heapLimitFlag(totalBytes: number, given: readonly string[], pages: number): string | undefined {
  if (userLimit(given)) return undefined;
  const cap = Math.max(FLOOR_MB, machineShare(totalBytes));
  const mb = pages <= MEASURED_PAGES ? Math.min(cap, Math.max(FLOOR_MB, Math.ceil(BASE_MB + PER_PAGE_MB * pages))) : cap;
  return `--max-old-space-size=${mb}`;
}

/**
 * The flag for building again after the site process ran out of heap: three quarters of the machine.
 * @param totalBytes The machine's memory (os.totalmem()).
 * @param given The flags already in force: process.execArgv and NODE_OPTIONS.
 * @returns The flag, or undefined when the user already set a limit or that share is not above V8's default.
 */
export function roomyHeapFlag(totalBytes: number, given: readonly string[]): string | undefined {
  if (userLimit(given)) return undefined;
  const machine = machineShare(totalBytes);
  return machine > V8_DEFAULT_MB ? `--max-old-space-size=${machine}` : undefined;
}

/**
 * Whether a child process ended the way V8 ends one that ran out of heap: it aborts (SIGABRT, or exit status 134
 * when a shell reports it).
 * @param result The child's status and signal.
 * @returns True for an abort.
 */
export function outOfHeap(result: { status: number | null; signal: NodeJS.Signals | null }): boolean {
  return result.signal === "SIGABRT" || result.status === 134;
}
