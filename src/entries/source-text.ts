/**
 * Offsets → 1-based line:column in a source file. Columns count UTF-16 code units from 1,
 * like editors that jump to `file:line:column`.
 */
export class SourceText {
  readonly text: string;
  readonly #lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.#lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.#lineStarts.push(i + 1);
  }

  /** The 1-based line and column of a 0-based offset (clamped to the text). */
  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.#lineStarts[lo]! + 1 };
  }

  /** The 0-based offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.#lineStarts[Math.max(0, Math.min(line - 1, this.#lineStarts.length - 1))]!;
  }
}
