/**
 * Reads trace fixtures for the parser tests. Real pastes live in tests/fixtures/traces (copied unchanged
 * from public GitHub issues, see INDEX.md there); hand-made ones for runtimes the real set lacks live in
 * tests/fixtures/traces/hand-made.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const TRACES = fileURLToPath(new URL("../../../fixtures/traces/", import.meta.url));

/** The text of a real trace fixture. */
export function realTrace(name: string): string {
  return readFileSync(`${TRACES}${name}`, "utf8");
}

/** The text of a hand-made trace fixture. */
export function handMadeTrace(name: string): string {
  return readFileSync(`${TRACES}hand-made/${name}`, "utf8");
}

/** File names of the real traces. */
export function realTraceNames(): string[] {
  return readdirSync(TRACES)
    .filter((name) => name.endsWith(".txt"))
    .sort();
}

/** labels.json: real trace file → id of the page it belongs to. */
export function labels(): Record<string, string> {
  return JSON.parse(readFileSync(`${TRACES}labels.json`, "utf8")) as Record<string, string>;
}
