/**
 * Measurements for `npm run bench:build`: a command's wall time and the peak RSS of its whole process
 * tree (the sum over every descendant, sampled from /proc, because `npm run build` runs node inside npm
 * and Astro may start workers and Pagefind's binary), and the size, file count and page sizes of dist/.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const PAGE = 4096;

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = byParent.get(ppid) ?? [];
      list.push(Number(name));
      byParent.set(ppid, list);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return byParent;
}

/** A process's short name for the report: its executable and, for node, the script it runs. */
function processName(pid: number): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    const exe = (argv[0] ?? "?").split("/").pop()!;
    const script = argv.slice(1).find((a) => !a.startsWith("-"));
    return script ? `${exe} ${script.split("/").slice(-2).join("/")}` : exe;
  } catch {
    return "?";
  }
}

/** Resident bytes of `pid` and all its descendants right now; raises each process's own peak in `peaks`. */
function treeRss(pid: number, peaks: Map<number, ProcessPeak>): number {
  const byParent = children();
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const rss = Number(readFileSync(`/proc/${p}/statm`, "utf8").split(" ")[1]) * PAGE;
      total += rss;
      const peak = peaks.get(p);
      // The name is read again at each new peak: a child seen between fork and exec still shows its parent's.
      if (!peak) peaks.set(p, { pid: p, name: processName(p), peakRss: rss });
      else if (rss > peak.peakRss) Object.assign(peak, { name: processName(p), peakRss: rss });
    } catch {
      // Gone already.
    }
    stack.push(...(byParent.get(p) ?? []));
  }
  return total;
}

/** One process of the tree and the most it held resident at any sample. */
interface ProcessPeak {
  pid: number;
  name: string;
  peakRss: number;
}

export interface Run {
  ms: number;
  /** CPU seconds (user + system) of the whole tree, from bash's `times`: on a shared machine the steadier figure. */
  cpuSeconds: number;
  peakRss: number;
  /** Every sample: epoch milliseconds and the tree's resident bytes then, to tell which phase held the peak. */
  samples: [at: number, rss: number][];
  /** Each process's own peak, largest first (they need not coincide; `peakRss` is the tree's at one instant). */
  processes: ProcessPeak[];
  stdout: string;
  status: number | null;
}

const TIMES = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/;

/** bash's `times` prints the shell's and then its children's user and system time; sum the children's. */
function childCpu(stdout: string): number {
  const lines = stdout.trimEnd().split("\n");
  const m = TIMES.exec(lines[lines.length - 1] ?? "");
  return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : NaN;
}

/** Runs a command, sampling its process tree's RSS every 200 ms; stdout is captured, stderr passed through. */
export function measure(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const child = spawn("bash", ["-c", `${quoted}; status=$?; times; exit $status`], { stdio: ["ignore", "pipe", "inherit"], env });
    let stdout = "";
    let peakRss = 0;
    const peaks = new Map<number, ProcessPeak>();
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const samples: [number, number][] = [];
    const timer = setInterval(() => {
      const rss = treeRss(child.pid!, peaks);
      samples.push([Date.now(), rss]);
      peakRss = Math.max(peakRss, rss);
    }, 200);
    child.on("close", (status) => {
      clearInterval(timer);
      const processes = [...peaks.values()].sort((a, b) => b.peakRss - a.peakRss);
      resolve({ ms: performance.now() - started, cpuSeconds: childCpu(stdout), peakRss, samples, processes, stdout, status });
    });
  });
}

export interface DistStats {
  bytes: number;
  files: number;
  /** Files per top-level folder of dist/ (`errors`, `pagefind`, `lookup`, …). */
  byFolder: Record<string, number>;
  /** Sizes of the error pages' HTML (`errors/<category>/<slug>/index.html`). */
  errorPages: number[];
  lookupFiles: number;
}

export function distStats(dist: string): DistStats {
  const stats: DistStats = { bytes: 0, files: 0, byFolder: {}, errorPages: [], lookupFiles: 0 };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) {
        walk(path);
        continue;
      }
      const rel = relative(dist, path);
      const top = rel.includes("/") ? rel.slice(0, rel.indexOf("/")) : "(root)";
      stats.bytes += st.size;
      stats.files++;
      stats.byFolder[top] = (stats.byFolder[top] ?? 0) + 1;
      if (/^errors\/[^/]+\/(?!page\/)[^/]+\/index\.html$/.test(rel)) stats.errorPages.push(st.size);
      if (top === "lookup" && !rel.endsWith(".html")) stats.lookupFiles++;
    }
  };
  walk(dist);
  return stats;
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** `peakByPhase`'s name for the time outside every phase. */
export const BETWEEN_PHASES = "(between phases)";

/**
 * The tree's peak resident bytes within each span (a phase of the build), and outside every span (start-up,
 * Astro's own set-up, the steps between phases).
 * @param samples From `measure`.
 * @param spans From the build's timings file.
 * @returns Phase name → peak bytes, in the spans' order; a phase that ran twice keeps its larger peak.
 */
export function peakByPhase(samples: readonly (readonly [number, number])[], spans: readonly (readonly [string, number, number])[]): Map<string, number> {
  const peaks = new Map<string, number>();
  for (const [name] of spans) peaks.set(name, 0);
  for (const [at, rss] of samples) {
    const span = spans.find(([, start, end]) => at >= start && at <= end);
    const name = span ? span[0] : BETWEEN_PHASES;
    peaks.set(name, Math.max(peaks.get(name) ?? 0, rss));
  }
  return peaks;
}
