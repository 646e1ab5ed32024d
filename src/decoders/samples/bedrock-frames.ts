/**
 * Builders for Bedrock `InvokeModelWithResponseStream` frames, and the three real-format frames
 * (tests/fixtures/eventstream/frames.json), byte for byte: botocore 1.43.11 accepts all three and both CRCs check.
 */
import { encodeUtf8, fromHex, toBase64 } from "../bytes.ts";
import { encodeFrame } from "../event-stream/encode.ts";

/** Frame A: a `message_start` chunk, 397 bytes (outer JSON spacing and the `"p"` value are synthetic). */
const FRAME_A_HEX =
  "0000018d0000004b0606e0f70b3a6576656e742d747970650700056368756e6b0d3a636f6e74656e742d747970650700106170706c69636174696f6e2f6a736f6e0d3a6d6573736167652d747970650700056576656e747b226279746573223a202265794a306558426c496a6f696257567a6332466e5a56397a6447467964434973496d316c63334e685a3255694f6e7369615751694f694a7463326466596d5279613138774d534973496e5235634755694f694a745a584e7a5957646c49697769636d39735a534936496d467a63326c7a6447467564434973496d4e76626e526c626e51694f6c74644c434a746232526c62434936496d4e735958566b5a534973496e4e3062334266636d566863323975496a7075645778734c434a7a6447397758334e6c6358566c626d4e6c496a7075645778734c434a316332466e5a53493665794a70626e4231644639306232746c626e4d694f6a45774c434a766458527764585266644739725a57357a496a6f7866583139222c202270223a20226162636465666768227d388341e0";
/** Frame B: an `internalServerException`, 216 bytes. */
const FRAME_B_HEX =
  "000000d800000065e17f7e260f3a657863657074696f6e2d74797065070017696e7465726e616c536572766572457863657074696f6e0d3a636f6e74656e742d747970650700106170706c69636174696f6e2f6a736f6e0d3a6d6573736167652d74797065070009657863657074696f6e7b226d657373616765223a225468652073797374656d20656e636f756e746572656420616e20756e6578706563746564206572726f7220647572696e672070726f63657373696e672e2054727920796f7572207265717565737420616761696e2e227dead41f4e";
/** Frame C: a `throttlingException`, 176 bytes. */
const FRAME_C_HEX =
  "000000b0000000614f5086b30f3a657863657074696f6e2d747970650700137468726f74746c696e67457863657074696f6e0d3a636f6e74656e742d747970650700106170706c69636174696f6e2f6a736f6e0d3a6d6573736167652d74797065070009657863657074696f6e7b226d657373616765223a22546f6f206d616e7920746f6b656e732c20706c656173652077616974206265666f726520747279696e6720616761696e2e227df70ae57f";

/** Frame A's bytes. */
export const FRAME_A: Uint8Array = fromHex(FRAME_A_HEX);
/** Frame B's bytes. */
export const FRAME_B: Uint8Array = fromHex(FRAME_B_HEX);
/** Frame C's bytes. */
export const FRAME_C: Uint8Array = fromHex(FRAME_C_HEX);

/** Input for {@link buildExceptionFrame}. */
export interface ExceptionFrameInput {
  /** The `:exception-type` value, e.g. `internalServerException`. */
  exceptionType: string;
  /** The payload's `message`. */
  message: string;
  /** Extra payload members, e.g. `originalStatusCode` for `modelStreamErrorException`. */
  extra?: Record<string, string | number>;
}

/**
 * Builds a Bedrock exception frame: headers `:exception-type`, `:content-type: application/json`,
 * `:message-type: exception` in the order #1477 shows, payload `{"message":"…"}`. With Frame B's type
 * and message it reproduces Frame B byte for byte.
 * @param input The exception type and message.
 * @returns The frame bytes, with valid CRCs.
 */
export function buildExceptionFrame(input: ExceptionFrameInput): Uint8Array {
  return encodeFrame({
    headers: [
      { name: ":exception-type", type: "string", value: input.exceptionType },
      { name: ":content-type", type: "string", value: "application/json" },
      { name: ":message-type", type: "string", value: "exception" },
    ],
    payload: encodeUtf8(JSON.stringify({ message: input.message, ...input.extra })),
  });
}

/**
 * Builds a Bedrock data frame carrying one Anthropic streaming event: headers `:event-type: chunk`,
 * `:content-type: application/json`, `:message-type: event`; payload `{"bytes":"<base64 of the event>"}`.
 * @param event The event's JSON text, e.g. `{"type":"message_stop"}`.
 * @returns The frame bytes, with valid CRCs.
 */
export function buildChunkFrame(event: string): Uint8Array {
  return encodeFrame({
    headers: [
      { name: ":event-type", type: "string", value: "chunk" },
      { name: ":content-type", type: "string", value: "application/json" },
      { name: ":message-type", type: "string", value: "event" },
    ],
    payload: encodeUtf8(JSON.stringify({ bytes: toBase64(encodeUtf8(event)) })),
  });
}
