/**
 * What the playground shows for one body replayed through one client: the frames with their byte
 * regions, the events, and the two outcomes (`before`: the client as shipped; `after`: the fix).
 * Pure: the build renders it for readers without JavaScript, the browser re-renders it on input.
 */
import { decodeUtf8, getClient, hex32, replay, scanEventStream, type Attempt, type ClientId, type DecodedFrame, type DecodedHeader, type Outcome, type StreamEvent } from "../decoders/index.ts";

/** Work caps so a huge paste stays responsive (the cap is shown to the reader). */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
const MAX_FRAMES_SHOWN = 40;
const MAX_HEX_BYTES_PER_FRAME = 4096;
const MAX_EVENTS_SHOWN = 60;

type RegionKind = "total-length" | "headers-length" | "prelude-crc" | "header" | "payload" | "message-crc";

export interface Region {
  kind: RegionKind;
  /** Offsets relative to the frame's first byte. */
  start: number;
  end: number;
  label: string;
}

export interface FrameView {
  index: number;
  offset: number;
  totalLength: number;
  messageType: string;
  kind: string;
  regions: Region[];
  bytes: Uint8Array;
  headers: Array<{ name: string; type: string; value: string }>;
  payloadText?: string;
  payloadBytes: number;
  preludeCrc: string;
  messageCrc: string;
}

export interface OutcomeView {
  ok: boolean;
  /** The traceback's last line (`Type: message`), or a sentence for a clean end. */
  line: string;
  status?: number;
  retryable?: boolean;
  errorType?: string;
  attempts?: Array<{ attempt: number; input: Attempt["input"]; delayMs: number; line: string; ok: boolean }>;
}

export interface PlaygroundView {
  clientId: ClientId;
  clientTitle: string;
  decoder: "aws-eventstream" | "sse";
  inputBytes: number;
  frames: FrameView[];
  framesHidden: number;
  /** Bytes after the last good frame, when the decoder stopped. */
  wireError?: { message: string; offset: number };
  /** For text formats (SSE): the body as text, capped. */
  rawText?: string;
  events: StreamEvent[];
  eventsHidden: number;
  before: OutcomeView;
  after: OutcomeView;
}

function headerValue(header: DecodedHeader): string {
  switch (header.type) {
    case "byte_array":
    case "uuid":
      return Array.from(header.value, (b) => b.toString(16).padStart(2, "0")).join(" ");
    default:
      return String(header.value);
  }
}

function frameView(frame: DecodedFrame, index: number, stream: Uint8Array): FrameView {
  const regions: Region[] = [
    { kind: "total-length", start: 0, end: 4, label: `total length ${frame.totalLength}` },
    { kind: "headers-length", start: 4, end: 8, label: `headers length ${frame.headersLength}` },
    { kind: "prelude-crc", start: 8, end: 12, label: `prelude CRC-32 ${hex32(frame.preludeCrc)}` },
  ];
  const headersEnd = 12 + frame.headersLength;
  frame.headers.forEach((h, i) => {
    const start = h.offset - frame.offset;
    const end = i + 1 < frame.headers.length ? frame.headers[i + 1]!.offset - frame.offset : headersEnd;
    regions.push({ kind: "header", start, end, label: `header ${h.name} (${h.type})` });
  });
  regions.push({ kind: "payload", start: headersEnd, end: frame.totalLength - 4, label: `payload ${frame.payloadLength} bytes` });
  regions.push({ kind: "message-crc", start: frame.totalLength - 4, end: frame.totalLength, label: `message CRC-32 ${hex32(frame.messageCrc)}` });
  const get = (name: string) => frame.headers.find((h) => h.name === name)?.value;
  const messageType = String(get(":message-type") ?? "");
  const kind = String(get(":event-type") ?? get(":exception-type") ?? get(":error-code") ?? messageType);
  const text = decodeUtf8(frame.payload);
  return {
    index,
    offset: frame.offset,
    totalLength: frame.totalLength,
    messageType,
    kind,
    regions,
    bytes: stream.subarray(frame.offset, frame.offset + Math.min(frame.totalLength, MAX_HEX_BYTES_PER_FRAME)),
    headers: frame.headers.map((h) => ({ name: h.name, type: h.type, value: headerValue(h) })),
    ...(text !== undefined ? { payloadText: text } : {}),
    payloadBytes: frame.payloadLength,
    preludeCrc: hex32(frame.preludeCrc),
    messageCrc: hex32(frame.messageCrc),
  };
}

function outcomeLine(outcome: Outcome): string {
  return "error" in outcome ? `${outcome.error.type}: ${outcome.error.message}` : "The stream completed without an error.";
}

function outcomeView(outcome: Outcome, attempts?: Attempt[]): OutcomeView {
  const view: OutcomeView = { ok: !("error" in outcome), line: outcomeLine(outcome) };
  if ("error" in outcome) {
    if (outcome.error.status !== undefined) view.status = outcome.error.status;
    if (outcome.error.retryable !== undefined) view.retryable = outcome.error.retryable;
    if (outcome.error.errorType !== undefined) view.errorType = outcome.error.errorType;
  }
  if (attempts) {
    view.attempts = attempts.map((a) => ({ attempt: a.attempt, input: a.input, delayMs: a.delayMs, line: outcomeLine(a.outcome), ok: !("error" in a.outcome) }));
  }
  return view;
}

/** Replays `bytes` through `clientId` both ways and builds what the playground shows. */
export function buildView(clientId: ClientId, bytes: Uint8Array, retry?: Uint8Array): PlaygroundView {
  const client = getClient(clientId);
  if (!client) throw new TypeError(`Unknown client ${JSON.stringify(clientId)}`);
  const input = bytes.length > MAX_INPUT_BYTES ? bytes.subarray(0, MAX_INPUT_BYTES) : bytes;
  const before = replay(clientId, "before", input);
  const after = replay(clientId, "after", input, retry ? { retry } : {});
  const view: PlaygroundView = {
    clientId,
    clientTitle: client.title,
    decoder: client.decoder,
    inputBytes: bytes.length,
    frames: [],
    framesHidden: 0,
    events: before.events.slice(0, MAX_EVENTS_SHOWN),
    eventsHidden: Math.max(0, before.events.length - MAX_EVENTS_SHOWN),
    before: outcomeView(before.outcome),
    after: outcomeView(after.outcome, after.attempts),
  };
  if (client.decoder === "sse") {
    const text = new TextDecoder().decode(input.subarray(0, 16 * 1024));
    view.rawText = input.length > 16 * 1024 ? `${text}\n… ${input.length - 16 * 1024} more bytes` : text;
  }
  if (client.decoder === "aws-eventstream") {
    const scan = scanEventStream(input);
    view.frames = scan.frames.slice(0, MAX_FRAMES_SHOWN).map((f, i) => frameView(f, i, input));
    view.framesHidden = Math.max(0, scan.frames.length - MAX_FRAMES_SHOWN);
    if (scan.error) view.wireError = { message: scan.error.message, offset: scan.error.offset };
  }
  return view;
}
