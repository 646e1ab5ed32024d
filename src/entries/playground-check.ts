/**
 * Build-time verification of playgrounds (filled in with the Playground issue): each declared
 * sample must still produce what the page says it does.
 */
import type { Problem } from "./problem.ts";
import type { Page } from "./read-page.ts";

export function checkPlaygrounds(pages: readonly Page[]): Problem[] {
  void pages;
  return [];
}
