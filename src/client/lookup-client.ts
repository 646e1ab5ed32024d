/**
 * Placeholder until the lookup lands: no signature matches; the full-text query is the text.
 */
export interface SignatureMatch {
  id: string;
  title: string;
  confidence: "high" | "medium" | "low";
  why: string;
}

export async function signatureMatches(text: string): Promise<{ matches: SignatureMatch[]; parsedMessage?: string }> {
  void text;
  return { matches: [] };
}

/** Pagefind ANDs words and drops punctuation: query with the message's words, not a whole trace. */
export function fullTextQuery(text: string, parsedMessage?: string): string {
  const source = parsedMessage ?? text;
  return source.split(/\s+/).slice(0, 12).join(" ");
}
