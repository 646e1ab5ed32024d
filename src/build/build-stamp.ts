/**
 * "Is dist/ a fresh build of what is here now?" — so `npm test` (scripts/test-all.ts) reuses the build
 * CI has just made instead of building a second time. `npm run build` writes a stamp: a hash of every
 * input (the content folder, src/, public/, the config and lock files, ERRATA_* settings) and the size of
 * what it wrote; a build is reused only when both still match.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { contentDir } from "../site-config.ts";
import { hashSettings } from "./settings-hash.ts";

const INPUTS = ["src", "public", "astro.config.mjs", "package-lock.json", "tsconfig.json"];

function files(path: string, out: string[] = []): string[] {
  if (!existsSync(path)) return out;
  if (!statSync(path).isDirectory()) {
    out.push(path);
    return out;
  }
  for (const name of readdirSync(path).sort()) files(join(path, name), out);
  return out;
}

function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of [...files(contentDir()), ...INPUTS.flatMap((p) => files(p))]) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hashSettings(hash).digest("hex");
}

function outputSize(dir: string): { files: number; bytes: number } {
  const list = files(dir);
  return { files: list.length, bytes: list.reduce((n, f) => n + statSync(f).size, 0) };
}

function stampPath(): string {
  return join(process.env["ERRATA_CACHE_DIR"] ?? ".cache/errata", "last-build.json");
}

interface Stamp {
  inputs: string;
  outDir: string;
  output: { files: number; bytes: number };
  ms: number;
}

export function writeBuildStamp(outDir: string, ms: number): void {
  const stamp: Stamp = { inputs: inputsHash(), outDir: resolve(outDir), output: outputSize(outDir), ms: Math.round(ms) };
  mkdirSync(join(stampPath(), ".."), { recursive: true });
  writeFileSync(stampPath(), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** Why `outDir` cannot be reused, or undefined when it is a fresh build of the current inputs. */
export function staleReason(outDir = "dist"): string | undefined {
  if (!existsSync(stampPath())) return "no build stamp";
  const stamp = JSON.parse(readFileSync(stampPath(), "utf8")) as Stamp;
  if (stamp.outDir !== resolve(outDir)) return `the last build wrote ${stamp.outDir}`;
  if (!existsSync(outDir)) return `${outDir} is missing`;
  if (stamp.inputs !== inputsHash()) return "content, code or settings changed since the last build";
  const now = outputSize(outDir);
  if (now.files !== stamp.output.files || now.bytes !== stamp.output.bytes) return `${outDir} changed since the last build`;
  return undefined;
}
