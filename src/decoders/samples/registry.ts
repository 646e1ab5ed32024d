/**
 * All samples, by id.
 */
import { BEDROCK_SAMPLES } from "./bedrock.ts";
import { SSE_SAMPLES } from "./sse.ts";
import { SSE_CHUNKED_SAMPLES } from "./sse-chunked.ts";
import { SSE_ORDER_SAMPLES } from "./sse-order.ts";
import type { Sample } from "./types.ts";

/** Every sample, Bedrock first. */
export const SAMPLES: readonly Sample[] = [...BEDROCK_SAMPLES, ...SSE_SAMPLES, ...SSE_ORDER_SAMPLES, ...SSE_CHUNKED_SAMPLES];

/**
 * Looks a sample up.
 * @param id A sample id.
 * @returns The sample, or `undefined`.
 */
export function getSample(id: string): Sample | undefined {
  return SAMPLES.find((sample) => sample.id === id);
}
