/**
 * The readable form of a replay: each frame's offsets, prelude, headers table, payload and CRCs, then
 * the events, the attempts and the outcome. `scripts/decode.ts` prints it without `--json`.
 */
import { hex32 } from "./errors.ts";
import type { Outcome } from "./clients/types.ts";
import type { DecodedFrame } from "./event-stream/types.ts";
import { jsonHeaderValue, toJsonFrame } from "./report-json.ts";
import type { ReplayResult } from "./replay.ts";

/** Payloads and event data longer than this are cut in the readable form (never in JSON). */
const MAX_SHOWN = 200;

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => rows.reduce((widest, row) => Math.max(widest, (row[column] ?? "").length), 0)) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd(),
  );
}

function formatFrame(frame: DecodedFrame, index: number): string[] {
  const headersAt = frame.offset + 12;
  const payloadAt = headersAt + frame.headersLength;
  const json = toJsonFrame(frame);
  const lines = [
    `Frame ${index} at offset ${frame.offset}, ${frame.totalLength} bytes`,
    `  prelude      total_length ${frame.totalLength}, headers_length ${frame.headersLength}, prelude CRC ${hex32(frame.preludeCrc)} (checked)`,
    `  headers      ${frame.headers.length} at offset ${headersAt}`,
  ];
  const rows = [["offset", "name", "type", "value"], ...frame.headers.map((header) => [String(header.offset), header.name, header.type, JSON.stringify(jsonHeaderValue(header))])];
  for (const line of table(rows)) lines.push(`    ${line}`);
  lines.push(`  payload      ${frame.payloadLength} bytes at offset ${payloadAt}, ${json.payloadEncoding}: ${shorten(JSON.stringify(json.payload))}`);
  lines.push(`  message CRC  ${hex32(frame.messageCrc)} at offset ${frame.offset + frame.totalLength - 4} (checked)`);
  return lines;
}

function formatOutcome(outcome: Outcome): string {
  if ("ok" in outcome) return "ok";
  const { error } = outcome;
  const extras = [
    error.status === undefined ? "" : `status ${error.status}`,
    error.errorType === undefined ? "" : `type ${error.errorType}`,
    error.retryable === undefined ? "" : error.retryable ? "retryable" : "not retryable",
  ].filter(Boolean);
  return `${error.type}: ${error.message}${extras.length > 0 ? `\n  (${extras.join(", ")})` : ""}`;
}

/**
 * Formats a replay for a terminal.
 * @param result What `replay()` or `replayDecoder()` returned.
 * @returns Lines joined with `\n`, ending without a newline.
 */
export function formatReport(result: ReplayResult): string {
  const lines: string[] = [];
  result.frames.forEach((frame, index) => lines.push(...formatFrame(frame, index), ""));
  lines.push(`Events (${result.events.length})`);
  for (const event of result.events) lines.push(`  ${event.type || '""'}  ${shorten(event.data)}`);
  if (result.attempts) {
    lines.push("", `Attempts (${result.attempts.length})`);
    for (const attempt of result.attempts) {
      lines.push(`  ${attempt.attempt}. ${attempt.input} body after ${attempt.delayMs} ms: ${formatOutcome(attempt.outcome).split("\n")[0]}`);
    }
  }
  lines.push("", `Outcome: ${formatOutcome(result.outcome)}`);
  return lines.join("\n");
}
