/**
 * `npm run fuzz [-- RUNS]`: the property-based fuzz suite (tests/unit/security/fuzz.test.ts) with many
 * runs and a fresh seed, which it prints first so a failure can be replayed with FUZZ_SEED=<seed>.
 * `npm test` runs the same properties briefly with a fixed seed.
 */
import { spawnSync } from "node:child_process";
import { parseCli, usageExit } from "./cli/args.ts";

const fail = usageExit("fuzz", "usage: npm run fuzz [-- RUNS]");
const { positionals } = parseCli({ positionals: true, options: {} }, fail);
if (positionals.length > 1 || (positionals[0] !== undefined && !/^[1-9]\d*$/.test(positionals[0]))) fail(`RUNS is one positive whole number, got ${positionals.join(" ")}`);
const runs = positionals[0] ?? process.env["FUZZ_RUNS"] ?? "2000";
const seed = process.env["FUZZ_SEED"] ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: ${runs} runs per property, seed ${seed} (replay with FUZZ_SEED=${seed} npm run fuzz -- ${runs})`);
const run = spawnSync("npx", ["vitest", "run", "tests/unit/security/fuzz.test.ts"], { stdio: "inherit", env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed } });
process.exit(run.status ?? 1);
