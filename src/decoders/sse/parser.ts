/**
 * An incremental `text/event-stream` parser that follows the WHATWG algorithm
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation):
 * lines end in LF, CR or CRLF (a CR at the end of one chunk and the LF at the start of the next are one
 * line ending), one leading BOM is stripped, fields are `event`, `data`, `id` and `retry`, a blank line
 * dispatches, and an event still open when the stream ends is discarded.
 * The `feed` / `reset` + callbacks shape follows rexxars/eventsource-parser, which tests cross-check.
 */

/** One dispatched event. */
export interface SseEvent {
  /** The `event` field, or `message` when it was absent or empty (the spec's default type). */
  type: string;
  /** The `data` lines joined with `\n`. */
  data: string;
  /** The `id` field given in this event's own block, if any (what eventsource-parser reports as `id`). */
  id?: string;
  /** The spec's "last event ID string" at dispatch: it persists across events until an `id` field changes it. */
  lastEventId: string;
}

/** Callbacks; each is optional. */
export interface SseParserCallbacks {
  onEvent?: (event: SseEvent) => void;
  /** A `retry` field made only of ASCII digits, as milliseconds. Other `retry` values are ignored. */
  onRetry?: (milliseconds: number) => void;
  /** A comment line (`:` first); the text after the colon, one leading space removed. */
  onComment?: (comment: string) => void;
}

/** The parser. */
export interface SseParser {
  /** Parses decoded text; it may end anywhere, even between the CR and LF of one line ending. */
  feed(text: string): void;
  /** Parses raw bytes, decoding UTF-8 across chunk boundaries (malformed bytes become U+FFFD, as the spec says). */
  feedBytes(bytes: Uint8Array): void;
  /** Ends the stream: flushes the UTF-8 decoder and discards an unterminated line and an undispatched event. */
  end(): void;
  /** Forgets everything, including the last event ID, for a new stream. */
  reset(): void;
}

const LF = 10;
const CR = 13;
const BOM = 0xfeff;
const DIGITS_ONLY = /^[0-9]+$/;

/**
 * Creates a parser.
 * @param [callbacks] Where events, retry values and comments go.
 * @returns The parser.
 */
export function createSseParser(callbacks: SseParserCallbacks = {}): SseParser {
  // Parts of a line that has not ended yet (kept as parts so one-character feeds stay linear).
  let pendingLine: string[] = [];
  // The previous chunk ended with CR: a LF starting the next chunk belongs to the same line ending.
  let skipLineFeed = false;
  // Nothing has been seen yet, so a BOM may still come (spec: the UTF-8 decode strips one leading BOM).
  let atStart = true;
  let dataBuffer = "";
  let eventTypeBuffer = "";
  let lastEventIdBuffer = "";
  let lastEventId = "";
  let blockId: string | undefined;
  let bytesDecoder = newBytesDecoder();

  function dispatch(): void {
    lastEventId = lastEventIdBuffer;
    const id = blockId;
    blockId = undefined;
    if (dataBuffer === "") {
      eventTypeBuffer = "";
      return;
    }
    const data = dataBuffer.endsWith("\n") ? dataBuffer.slice(0, -1) : dataBuffer;
    const event: SseEvent = { type: eventTypeBuffer === "" ? "message" : eventTypeBuffer, data, lastEventId };
    if (id !== undefined) event.id = id;
    dataBuffer = "";
    eventTypeBuffer = "";
    callbacks.onEvent?.(event);
  }

  function processLine(line: string): void {
    if (line === "") return dispatch();
    const colon = line.indexOf(":");
    if (colon === 0) {
      callbacks.onComment?.(line.startsWith(": ") ? line.slice(2) : line.slice(1));
      return;
    }
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (field) {
      case "event":
        eventTypeBuffer = value;
        break;
      case "data":
        dataBuffer += `${value}\n`;
        break;
      case "id":
        // Spec: ignore an id containing U+0000 NULL.
        if (!value.includes("\0")) {
          lastEventIdBuffer = value;
          blockId = value;
        }
        break;
      case "retry":
        if (DIGITS_ONLY.test(value)) callbacks.onRetry?.(Number.parseInt(value, 10));
        break;
      default:
      // Spec: any other field is ignored.
    }
  }

  function feed(text: string): void {
    if (text === "") return;
    let i = 0;
    if (atStart) {
      atStart = false;
      if (text.charCodeAt(0) === BOM) i = 1;
    }
    if (skipLineFeed) {
      skipLineFeed = false;
      if (text.charCodeAt(i) === LF) i++;
    }
    while (i < text.length) {
      let j = i;
      while (j < text.length) {
        const code = text.charCodeAt(j);
        if (code === LF || code === CR) break;
        j++;
      }
      if (j === text.length) {
        pendingLine.push(text.slice(i));
        return;
      }
      const line = pendingLine.length === 0 ? text.slice(i, j) : pendingLine.join("") + text.slice(i, j);
      pendingLine = [];
      i = j + 1;
      if (text.charCodeAt(j) === CR) {
        if (i === text.length) skipLineFeed = true;
        else if (text.charCodeAt(i) === LF) i++;
      }
      processLine(line);
    }
  }

  function reset(): void {
    pendingLine = [];
    skipLineFeed = false;
    atStart = true;
    dataBuffer = "";
    eventTypeBuffer = "";
    lastEventIdBuffer = "";
    lastEventId = "";
    blockId = undefined;
    bytesDecoder = newBytesDecoder();
  }

  return {
    feed,
    feedBytes(bytes) {
      feed(bytesDecoder.decode(bytes, { stream: true }));
    },
    end() {
      feed(bytesDecoder.decode());
      // Spec: "Once the end of the file is reached, any pending data must be discarded."
      pendingLine = [];
      skipLineFeed = false;
      dataBuffer = "";
      eventTypeBuffer = "";
      blockId = undefined;
      lastEventIdBuffer = lastEventId;
      bytesDecoder = newBytesDecoder();
    },
    reset,
  };
}

/** `ignoreBOM: true` keeps the BOM in the text so `feed` strips it exactly once, whatever the input form. */
function newBytesDecoder(): TextDecoder {
  return new TextDecoder("utf-8", { ignoreBOM: true });
}

/**
 * Parses a whole stream of text or bytes.
 * @param input The stream.
 * @returns The dispatched events, and the retry values and comments in order.
 */
export function parseSse(input: string | Uint8Array): { events: SseEvent[]; retries: number[]; comments: string[] } {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const comments: string[] = [];
  const parser = createSseParser({
    onEvent: (event) => events.push(event),
    onRetry: (ms) => retries.push(ms),
    onComment: (comment) => comments.push(comment),
  });
  if (typeof input === "string") parser.feed(input);
  else parser.feedBytes(input);
  parser.end();
  return { events, retries, comments };
}
