/**
 * Stack-trace parsing for errata's paste lookup: pure functions, no DOM and no Node APIs, so the same
 * code runs in the browser, the CLI and the tests.
 */
export { parseTrace } from "./parse-trace.ts";
export { cleanInput, type CleanedInput } from "./clean-input.ts";
export { detectRuntime } from "./detect-runtime.ts";
export type { CleanLine } from "./lines.ts";
export { MAX_BYTES, MAX_EXCEPTIONS, MAX_FRAMES, MAX_LINE_CHARS, MAX_LINES, MAX_MESSAGE_CHARS, type ParseOptions } from "./limits.ts";
