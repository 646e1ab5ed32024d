/**
 * Names what went wrong in the browser lookup: the index not loading (offline, not a built site, an
 * old cached shard) is a different failure from the lookup itself throwing on a paste, and saying
 * "the index could not be loaded" for both sent readers looking in the wrong place.
 */

/** True for failures fetching or reading the index (fetch's TypeError, the shard and manifest checks). */
function isIndexFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (error.name === "TypeError" && /fetch|network|load/i.test(error.message)) || /^lookup (shard|manifest)\b/.test(error.message) || error.name === "SyntaxError";
}

export function lookupFailureMessage(error: unknown): string {
  if (isIndexFailure(error)) return `The lookup index could not be loaded (${(error as Error).message}). Is this a built site (npm run build)? Reload the page to retry.`;
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `The lookup failed on this text (${what.slice(0, 200)}). Please report it with the text you pasted.`;
}
