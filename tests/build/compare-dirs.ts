/** Differences between two directory trees: files only in one, and files whose bytes differ. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function list(root: string, dir = root, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) list(root, path, out);
    else out.push(relative(root, path));
  }
  return out;
}

export function dirDifferences(a: string, b: string): string[] {
  const left = list(a);
  const right = new Set(list(b));
  const diffs: string[] = [];
  for (const file of left) {
    if (!right.has(file)) diffs.push(`only in first: ${file}`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) diffs.push(`differs: ${file}`);
    right.delete(file);
  }
  for (const file of right) diffs.push(`only in second: ${file}`);
  return diffs;
}

export function fileCount(dir: string): number {
  return list(dir).length;
}
