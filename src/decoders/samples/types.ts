/**
 * The shape of a playground sample.
 */
import type { DecoderId } from "../clients/types.ts";

/** A response body to replay, and optionally what a re-issued request returns. */
export interface Sample {
  /** Permanent, kebab-case. */
  id: string;
  title: string;
  description: string;
  decoder: DecoderId;
  bytes: Uint8Array;
  /** The body a retried request receives (a normal stream), for the `after` clients. */
  retry?: Uint8Array;
}
