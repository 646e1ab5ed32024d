/**
 * Where a page's frame hint (`httpcore/_sync/connection.py`, `@anthropic-ai/sdk/core`) shows in a paste's frames:
 * as part of a frame's file path, or, for runtimes that print modules (`botocore.eventstream`), of its module.
 * One rule for scoring (score.ts) and for routing by frames (route.ts), so a frames-only paste routes to exactly
 * the pages whose hints would score.
 */
import type { Frame } from "../types.ts";
import { normalizeLocation } from "./template.ts";

/** A frame's file and module, normalised for hint comparison. */
export interface FrameLocation {
  file: string;
  module: string;
}

/**
 * The locations of a paste's frames.
 * @param frames Frames as parsed.
 * @returns One location per frame, in order.
 */
export function frameLocations(frames: readonly Frame[]): FrameLocation[] {
  return frames.map((f) => ({ file: normalizeLocation(f.file ?? ""), module: (f.module ?? "").toLowerCase() }));
}

/**
 * The first frame holding a hint.
 * @param locations The paste's frame locations.
 * @param hint A normalised hint.
 * @returns Its index, or -1.
 */
export function hintIndex(locations: readonly FrameLocation[], hint: string): number {
  const asModule = hint.replace(/\.(?:py|js|mjs|cjs|ts|go|rs|java|rb|cs)$/, "").replace(/\//g, ".");
  return locations.findIndex(({ file, module }) => (file !== "" && file.includes(hint)) || (module !== "" && module.includes(asModule)));
}

/**
 * The library a hint lives in: its first path segment, or its first two for a scoped npm package
 * (`@anthropic-ai/sdk/core` → `@anthropic-ai/sdk`).
 * @param hint A normalised hint.
 * @returns The library.
 */
export function hintLibrary(hint: string): string {
  const parts = hint.split("/");
  return (hint.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

/**
 * The first frame inside a library: a path segment run (`…/site-packages/httpcore/…`) or a module prefix
 * (`httpcore._sync`).
 * @param locations The paste's frame locations.
 * @param library A library (`hintLibrary`).
 * @returns Its index, or -1.
 */
export function libraryIndex(locations: readonly FrameLocation[], library: string): number {
  const asModule = library.replace(/\//g, ".");
  return locations.findIndex(
    ({ file, module }) =>
      (file !== "" && (file.startsWith(`${library}/`) || file.includes(`/${library}/`))) || (module !== "" && (module.startsWith(`${asModule}.`) || module.includes(`.${asModule}.`))),
  );
}
