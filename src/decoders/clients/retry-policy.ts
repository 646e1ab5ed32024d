/**
 * Which errors errata's fixed clients re-issue the whole request for, and the back-off they wait.
 * A mid-stream error arrives after the SDK has returned the response, so the SDK's own retries
 * (`_base_client.py:842-875`) never see it; the fix retries at the application level: the whole request, with back-off, for every
 * retryable type, never for `validationException`.
 */
import { BEDROCK_EXCEPTION_MAPPING, RETRYABLE_ANTHROPIC_TYPES } from "./anthropic-errors.ts";
import type { OutcomeError } from "./types.ts";

/** The Python SDK's `max_retries` default. */
export const DEFAULT_MAX_RETRIES = 2;
/** The Python SDK's initial back-off and cap (`_constants.py`), in milliseconds. */
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;

/**
 * Whether a request that failed with this `.type` / error code is worth re-issuing: the transient
 * Bedrock exceptions (all but `validationException`) and Anthropic's `overloaded_error`, `api_error`
 * and `rate_limit_error`.
 * @param errorType `APIStatusError.type`, botocore's error Code, or a Bedrock exception type.
 * @returns True when a retry may succeed.
 */
export function isRetryableType(errorType: string | undefined): boolean {
  if (errorType === undefined) return false;
  if (Object.hasOwn(BEDROCK_EXCEPTION_MAPPING, errorType)) {
    return BEDROCK_EXCEPTION_MAPPING[errorType as keyof typeof BEDROCK_EXCEPTION_MAPPING].retryable;
  }
  return RETRYABLE_ANTHROPIC_TYPES.has(errorType);
}

/**
 * Marks an error with the fixed client's retry decision.
 * @param error The raised error.
 * @returns A copy with `retryable` set from its `errorType`.
 */
export function withRetryDecision(error: OutcomeError): OutcomeError {
  return { ...error, retryable: isRetryableType(error.errorType) };
}

/**
 * The back-off before a retry, without jitter: 0.5 s doubling, capped at 8 s.
 * @param retry 1 for the first retry.
 * @returns Milliseconds.
 */
export function backoffMs(retry: number): number {
  return Math.min(INITIAL_DELAY_MS * 2 ** (retry - 1), MAX_DELAY_MS);
}
