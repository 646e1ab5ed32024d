/**
 * Text clean-up before matching: repairs UTF-8 that was decoded as Windows-1252 (`isnâ€™t` → `isn’t`, as in
 * real trace 33), drops zero-width characters and turns exotic spaces into plain ones. Quotes stay as they are
 * here because Python reprs depend on them; tokenize.ts folds curly quotes later.
 */

import { decodeEntities } from "../parse/clean/decode-entities.ts";

/** Windows-1252 bytes 0x80–0x9F that map to characters other than the C1 controls. */
const CP1252: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** A UTF-8 lead byte (Â–ô as Latin-1) followed by 1–3 continuation bytes, each shown as Latin-1 or cp1252. */
const MOJIBAKE = /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,3}/g;

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Re-reads one mojibake run as the UTF-8 it was; returns it unchanged when it is not valid UTF-8. */
function repairRun(run: string): string {
  const bytes: number[] = [];
  for (const ch of run) {
    const code = CP1252[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) return run;
    bytes.push(code);
  }
  try {
    return decoder.decode(new Uint8Array(bytes));
  } catch {
    return run;
  }
}

/**
 * Normalises pasted text for matching.
 * @param text Raw text from a paste or a page.
 * @returns The text with HTML character references decoded, mojibake repaired, zero-width characters removed and
 *   every space-like character a plain space.
 */
export function normalizeText(text: string): string {
  return decodeEntities(text)
    .replace(MOJIBAKE, repairRun)
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, " ");
}
