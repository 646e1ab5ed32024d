/**
 * What the parser reads in every paste, kept as a snapshot, and what changed between two snapshots: `npm run
 * eval:parse` writes one before a change to the parser and compares after it. A change to cleaning or to a runtime
 * parser can move pastes the accuracy figures do not show (a message cut shorter, a prefix left on it) while every
 * answer stays the same; stop 34's indentation change lost a wrapped continuation that only such a diff showed.
 */

/** Each paste's parsed messages, in order, keyed by its corpus id. */
export type ParseSnapshot = Readonly<Record<string, readonly string[]>>;

/** A paste whose parsed messages differ between two snapshots. */
interface ParseChange {
  id: string;
  before: readonly string[];
  after: readonly string[];
}

/** What changed between two snapshots. */
export interface SnapshotDiff {
  changed: ParseChange[];
  /** Ids in only one of the two (the corpus grew or lost pastes in between). */
  onlyBefore: string[];
  onlyAfter: string[];
}

/**
 * @param entries Corpus pastes.
 * @param parse The parser, reduced to the messages it reads.
 * @returns The snapshot.
 */
export function parseSnapshot(entries: readonly { id: string; text: string }[], parse: (text: string) => string[]): ParseSnapshot {
  return Object.fromEntries(entries.map((e) => [e.id, parse(e.text)]));
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((m, i) => m === b[i]);

/**
 * @param before The snapshot written before the change.
 * @param after The snapshot now.
 * @returns Pastes read differently, in id order, and ids only one snapshot has.
 */
export function diffSnapshots(before: ParseSnapshot, after: ParseSnapshot): SnapshotDiff {
  const ids = Object.keys(before).sort();
  return {
    changed: ids.filter((id) => after[id] !== undefined && !same(before[id] ?? [], after[id] ?? [])).map((id) => ({ id, before: before[id] ?? [], after: after[id] ?? [] })),
    onlyBefore: ids.filter((id) => after[id] === undefined),
    onlyAfter: Object.keys(after)
      .filter((id) => before[id] === undefined)
      .sort(),
  };
}
