/**
 * The evaluation corpus's split (scripts/eval/corpus.ts): a paste from a thread that a page cites is never on the
 * test side, whether or not its index row says so (issue 8 §1: test numbers only on text the pages were not written
 * from).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../../scripts/eval/corpus.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A repository with one corpus group of 20 threads, and a page citing `cited` of them. */
function repo(cited: number[]): string {
  const root = mkdtempSync(join(tmpdir(), "errata-corpus-"));
  roots.push(root);
  const group = join(root, "tests/fixtures/lookup-corpus/g");
  mkdirSync(group, { recursive: true });
  const rows = Array.from({ length: 20 }, (_, i) => ({ file: `${i}.txt`, source: `https://github.com/o/r/issues/${i}`, expect: ["a/b"] }));
  for (const row of rows) writeFileSync(join(group, row.file), "Error: x");
  writeFileSync(join(group, "index.json"), JSON.stringify(rows));
  mkdirSync(join(root, "content/errors/a"), { recursive: true });
  const urls = cited.map((i) => `  - title: t\n    url: https://github.com/o/r/issues/${i}/#issuecomment-1`).join("\n");
  writeFileSync(join(root, "content/errors/a/b.md"), `---\ntitle: x\nsources:\n${urls}\n---\n`);
  return root;
}

describe("corpus split", () => {
  it("puts some threads on the test side", () => {
    expect(loadCorpus(repo([])).filter((e) => e.side === "test").length).toBeGreaterThan(0);
  });

  it("keeps a thread a page cites on the training side, however the page links it", () => {
    const all = Array.from({ length: 20 }, (_, i) => i);
    expect(loadCorpus(repo(all)).filter((e) => e.side === "test")).toEqual([]);
  });
});
