/**
 * `node scripts/bench/profile-summary.ts FILE.cpuprofile…`: where a build's CPU time goes — self time
 * from V8 CPU profiles (`node --cpu-prof`), summed per package (or per src/ folder for our own code)
 * and per function, largest first. Used to profile `npm run build` before changing it (see README).
 */
import { readFileSync } from "node:fs";
import { parseCli, usageExit } from "../cli/args.ts";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

function bucket(url: string): string {
  if (!url) return "(native / GC / idle)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const src = /\/(src\/[^/]+|scripts)\//.exec(url);
  if (src) return src[1]!;
  if (url.startsWith("node:")) return "node internals";
  return url
    .replace(/^file:\/\//, "")
    .split("/")
    .slice(-2)
    .join("/");
}

const byBucket = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
const fail = usageExit("profile-summary", "usage: node scripts/bench/profile-summary.ts FILE.cpuprofile…");
const { positionals: files } = parseCli({ positionals: true, options: {} }, fail);
if (files.length === 0) fail("give at least one .cpuprofile file");
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = nodes.get(id)!;
    const { url, functionName, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") return;
    total += dt;
    const b = bucket(url);
    byBucket.set(b, (byBucket.get(b) ?? 0) + dt);
    const f = `${functionName || "(anonymous)"}  ${b}:${lineNumber + 1}`;
    byFunction.set(f, (byFunction.get(f) ?? 0) + dt);
  });
}

const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`| where (self time) | s | % |\n|---|---|---|`);
for (const [k, ms] of top(byBucket, 15)) console.log(`| ${k} | ${(ms / 1000).toFixed(1)} | ${((100 * ms) / total).toFixed(0)} % |`);
console.log(`| **total (busy)** | **${(total / 1000).toFixed(1)}** | |\n\nTop functions:`);
for (const [k, ms] of top(byFunction, 15)) console.log(`  ${(ms / 1000).toFixed(2)} s  ${k}`);
