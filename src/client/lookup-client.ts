/**
 * The signature lookup in the browser: the manifest comes from the page (`data-lookup-manifest`),
 * shards from `/lookup/<tag>/<name>.json`. The paste itself never leaves the browser: shard
 * requests carry only a shard number.
 */
import { createLookup, type Lookup, type LookupManifest, type LookupResult } from "../lookup/match/index.ts";
import { routes } from "../routes.ts";

export interface SignatureMatch {
  id: string;
  title: string;
  confidence: "high" | "medium" | "low";
  why: string;
  /** The page's summary and first fix's title (plain text), when the lookup index provides them. */
  summary?: string | undefined;
  fix?: string | undefined;
}

let lookup: Lookup | undefined;

function manifest(): LookupManifest | undefined {
  const holder = document.querySelector<HTMLElement>("[data-lookup-manifest]");
  const raw = holder?.dataset["lookupManifest"];
  return raw ? (JSON.parse(raw) as LookupManifest) : undefined;
}

/** The page's lookup, created on first use; undefined on a page without a manifest. */
function pageLookup(): Lookup | undefined {
  if (lookup) return lookup;
  const m = manifest();
  if (!m) return undefined;
  lookup = createLookup(m, async (name) => {
    const response = await fetch(routes.shard(m.tag, name));
    if (!response.ok) throw new Error(`lookup shard ${name}: HTTP ${response.status}`);
    return response.json();
  });
  return lookup;
}

/** Fetches what a lookup will need before anything is pasted: on a one-file site its data file, on a routed one its router. */
export function warmLookup(): void {
  void pageLookup()
    ?.lookup("")
    .catch(() => undefined);
}

export async function lookupText(text: string, limit = 5): Promise<LookupResult | undefined> {
  return pageLookup()?.lookup(text, { limit });
}

export async function signatureMatches(text: string): Promise<{ matches: SignatureMatch[]; parsedMessage?: string }> {
  const result = await lookupText(text);
  if (!result) return { matches: [] };
  const first = result.parsed.find((p) => p.message !== "");
  return {
    matches: result.matches.map((m) => {
      const answer = m as typeof m & { summary?: string; fix?: string };
      return { id: m.id, title: m.title, confidence: m.confidence, why: m.why.text, summary: answer.summary, fix: answer.fix };
    }),
    ...(first ? { parsedMessage: first.message } : {}),
  };
}

/** Pagefind ANDs words and drops punctuation: query with the first words of the parsed message, not a whole trace. */
export function fullTextQuery(text: string, parsedMessage?: string): string {
  const message = parsedMessage ?? text;
  // A message with a dict or JSON body: its words before the body name the error better than the keys inside it.
  const lead = message.split(/[{[]/)[0] ?? "";
  const source = lead.split(/\s+/).filter((w) => w.length > 1).length >= 3 ? lead : message;
  return source
    .replace(/[{}[\]()'"`:,=<>]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 1)
    .slice(0, 10)
    .join(" ");
}
