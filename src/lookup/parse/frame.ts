/**
 * Building frames and exceptions without `undefined` members: `Frame` promises that absent parts are
 * omitted (the tsconfig has `exactOptionalPropertyTypes`), and `toEqual` tests rely on that.
 */
import type { Frame, ParsedException, Runtime } from "../types.ts";
import { MAX_FRAMES, MAX_MESSAGE_CHARS } from "./limits.ts";

/** The parts of a frame a parser found; `undefined` and `""` parts are dropped. */
export interface FrameParts {
  module?: string | undefined;
  file?: string | undefined;
  function?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
}

/**
 * Makes a frame holding only the parts that are present.
 * @param parts - what the parser found
 * @returns a frame without empty members
 */
export function makeFrame(parts: FrameParts): Frame {
  const frame: Frame = {};
  if (parts.module) frame.module = parts.module;
  if (parts.file) frame.file = parts.file;
  if (parts.function) frame.function = parts.function;
  if (parts.line !== undefined && Number.isFinite(parts.line)) frame.line = parts.line;
  if (parts.column !== undefined && Number.isFinite(parts.column)) frame.column = parts.column;
  return frame;
}

/** The fields of a new exception; `frames` in the order printed, `oldestFirst` when the runtime prints the throw site last. */
export interface ExceptionParts {
  runtime: Runtime;
  type: string;
  message: string;
  frames: readonly Frame[];
  line: number;
  relation?: ParsedException["relation"] | undefined;
  oldestFirst?: boolean;
}

/**
 * Makes an exception: frames turned nearest-the-throw-site first and cut to `MAX_FRAMES`, the message
 * cut to `MAX_MESSAGE_CHARS`.
 * @param parts - the fields found
 * @returns the exception
 */
export function makeException(parts: ExceptionParts): ParsedException {
  const ordered = parts.oldestFirst ? [...parts.frames].reverse() : [...parts.frames];
  const exception: ParsedException = {
    runtime: parts.runtime,
    type: parts.type,
    message: parts.message.length > MAX_MESSAGE_CHARS ? parts.message.slice(0, MAX_MESSAGE_CHARS) : parts.message,
    frames: ordered.slice(0, MAX_FRAMES),
    line: parts.line,
  };
  if (parts.relation) exception.relation = parts.relation;
  return exception;
}
