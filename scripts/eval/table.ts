/** Markdown tables and number formats shared by the lookup's bench and evaluation scripts. */

/**
 * A Markdown table with padded columns.
 * @param head Column titles.
 * @param rows Cells.
 * @returns The table text.
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** `a/b (p %)`, or `–` for an empty denominator. */
export function ratio(a: number, b: number): string {
  return b === 0 ? "–" : `${a}/${b} (${((100 * a) / b).toFixed(1)} %)`;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (t: number): string => `${t.toFixed(2)} ms`;
