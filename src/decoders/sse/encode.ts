/**
 * Encodes events as `text/event-stream` text that {@link createSseParser} (or any WHATWG parser) reads
 * back as the same events. Used by tests for round trips and by the samples.
 */

/** One block of the stream to write. Every part is optional; a block with no `data` dispatches nothing. */
export interface SseEventInput {
  /** Written first, one `: ` line per line of text. */
  comment?: string;
  event?: string;
  id?: string;
  retry?: number;
  /** Split on LF, CR or CRLF into `data:` lines; the parser joins them back with LF. */
  data?: string;
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Encodes events.
 * @param events The blocks, in order.
 * @returns The text, each block ending in a blank line.
 * @throws {RangeError} When `event` or `id` holds a line break, `id` holds NUL, or `retry` is not a
 *   non-negative integer: none of these can be written so that they read back the same.
 */
export function encodeSse(events: readonly SseEventInput[]): string {
  let out = "";
  for (const input of events) {
    if (input.comment !== undefined) for (const line of input.comment.split(LINE_BREAK)) out += `: ${line}\n`;
    if (input.event !== undefined) out += `event: ${singleLine("event", input.event)}\n`;
    if (input.id !== undefined) {
      if (input.id.includes("\0")) throw new RangeError("An SSE id cannot contain NUL: parsers ignore such ids.");
      out += `id: ${singleLine("id", input.id)}\n`;
    }
    if (input.retry !== undefined) {
      if (!Number.isSafeInteger(input.retry) || input.retry < 0) {
        throw new RangeError(`An SSE retry must be a non-negative integer of milliseconds, got ${input.retry}.`);
      }
      out += `retry: ${input.retry}\n`;
    }
    if (input.data !== undefined) for (const line of input.data.split(LINE_BREAK)) out += `data: ${line}\n`;
    out += "\n";
  }
  return out;
}

function singleLine(field: string, value: string): string {
  if (LINE_BREAK.test(value)) throw new RangeError(`An SSE ${field} cannot contain a line break: ${JSON.stringify(value)}.`);
  return value;
}
