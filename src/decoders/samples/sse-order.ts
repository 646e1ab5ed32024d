/**
 * SSE bodies whose events are out of order, as translating gateways and "Anthropic-compatible" servers
 * have sent them (CLIProxyAPI#529: no `message_start`; openclaw#7721, Kimi-K2.5#33: a second
 * `message_start` in one response). The event bodies are the normal sample's.
 */
import { encodeUtf8 } from "../bytes.ts";
import { encodeSse } from "../sse/encode.ts";
import { SSE_END_EVENTS, SSE_NORMAL, SSE_START_EVENTS } from "./sse.ts";
import type { Sample } from "./types.ts";

const WITHOUT_MESSAGE_START = [...SSE_START_EVENTS, ...SSE_END_EVENTS].filter((event) => event.event !== "message_start");

/** The order samples. */
export const SSE_ORDER_SAMPLES: readonly Sample[] = [
  {
    id: "sse-missing-message-start",
    title: "No message_start (translating proxy)",
    description: "A gateway that starts with content_block_start and never sends message_start; otherwise the normal stream.",
    decoder: "sse",
    bytes: encodeUtf8(encodeSse(WITHOUT_MESSAGE_START)),
    retry: SSE_NORMAL,
  },
  {
    id: "sse-repeated-message-start",
    title: "Two messages in one response",
    description:
      "A complete message, then a second message_start … message_stop in the same HTTP response (a gateway retrying upstream into the same response, or a provider repeating message_start).",
    decoder: "sse",
    bytes: encodeUtf8(encodeSse([...SSE_START_EVENTS, ...SSE_END_EVENTS, ...SSE_START_EVENTS, ...SSE_END_EVENTS])),
    retry: SSE_NORMAL,
  },
];
