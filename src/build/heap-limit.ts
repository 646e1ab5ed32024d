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
 * scripts/build.ts builds again with the machine's share (`roomy`). A limit the user chose (NODE_OPTIONS or the
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

/**
 * The `--max-old-space-size` flag for the site build, if one should be added.
 * @param totalBytes The machine's memory (os.totalmem()).
 * @param given The flags already in force: process.execArgv and NODE_OPTIONS.
 * @param pages The site's error pages.
 * @param [roomy] After the site process ran out of heap: three quarters of the machine, if above V8's default.
 * @returns The flag, or undefined when a limit is already set (or, `roomy`, the machine is too small to raise it).
 */
export function heapLimitFlag(totalBytes: number, given: readonly string[], pages: number, roomy = false): string | undefined {
  if (given.some((f) => /--max[-_]old[-_]space[-_]size/.test(f))) return undefined;
  const machine = Math.floor((totalBytes * SHARE) / 2 ** 20);
  if (roomy) return machine > V8_DEFAULT_MB ? `--max-old-space-size=${machine}` : undefined;
  const need = pages <= MEASURED_PAGES ? Math.max(FLOOR_MB, Math.ceil(BASE_MB + PER_PAGE_MB * pages)) : Math.max(FLOOR_MB, machine);
  return `--max-old-space-size=${Math.min(need, Math.max(machine, FLOOR_MB))}`;
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
