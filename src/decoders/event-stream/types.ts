/**
 * The shapes of decoded `application/vnd.amazon.eventstream` frames and headers.
 */

/**
 * One header as errata models it. Wire types 0 and 1 (boolean true/false) share the type `boolean`;
 * `long` and `timestamp` are int64 on the wire, so they are `bigint` to stay exact.
 */
export type EventStreamHeader =
  | { name: string; type: "boolean"; value: boolean }
  | { name: string; type: "byte" | "short" | "integer"; value: number }
  | { name: string; type: "long"; value: bigint }
  | { name: string; type: "byte_array"; value: Uint8Array }
  | { name: string; type: "string"; value: string }
  /** Milliseconds since the Unix epoch (the spec stresses milliseconds, not seconds). */
  | { name: string; type: "timestamp"; value: bigint }
  /** 16 raw bytes. */
  | { name: string; type: "uuid"; value: Uint8Array };

/** The header type names errata uses (the JSON `type` field of the CLI). */
export type EventStreamHeaderType = EventStreamHeader["type"];

/** A decoded header plus where it sat in the stream. */
export type DecodedHeader = EventStreamHeader & {
  /** Stream offset of the header's name-length byte. */
  offset: number;
};

/** A frame that passed every check: lengths, both CRCs, and the header block. */
export interface DecodedFrame {
  /** Stream offset of the frame's first byte. */
  offset: number;
  totalLength: number;
  headersLength: number;
  payloadLength: number;
  preludeCrc: number;
  messageCrc: number;
  /** Headers in wire order (order matters to botocore's dict, and so to the SDK's error text). */
  headers: DecodedHeader[];
  payload: Uint8Array;
}

/** What the encoder needs to build a frame. */
export interface FrameInput {
  headers: readonly EventStreamHeader[];
  payload: Uint8Array;
}
