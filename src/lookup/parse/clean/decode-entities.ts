/**
 * Decodes the HTML character references a paste copied from a rendered page or an e-mail notification carries
 * (`&quot;type&quot;: &quot;error&quot;`, `Can&#39;t`, `&lt;class &#x27;anthropic.BadRequestError&#x27;&gt;`), so
 * the body and the quotes the matcher reads are the ones the client printed (issue 8 §2: "with HTML entities").
 *
 * Written by hand rather than with `entities` or `he`: those ship the whole named-reference table (over 2,000
 * names, tens of kilobytes) into the lookup's browser bundle, and error text uses only the few names below and
 * numeric references. A text escaped twice (`&amp;quot;`) is decoded again, at most `MAX_ROUNDS` times.
 */

/** The named references error text uses: HTML's escapes of markup and quotes, and the no-break space. */
const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", nbsp: " " };
/** A numeric reference or one of NAMED; the `;` is required, as in what browsers and issue trackers emit. */
const REFERENCE = new RegExp(String.raw`&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(${Object.keys(NAMED).join("|")}));`, "g");
/** Rounds of decoding, at most: `&amp;amp;quot;` is as deep as pastes go. */
const MAX_ROUNDS = 3;

function decodeOnce(text: string): string {
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
    // Controls and values outside Unicode stay as written: they are not text a client printed.
    if (!Number.isFinite(code) || code > 0x10ffff || code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

/**
 * Decodes HTML character references.
 * @param text - a line or a whole paste
 * @returns the text with its references decoded; unchanged when it has none
 */
export function decodeEntities(text: string): string {
  let out = text;
  for (let round = 0; round < MAX_ROUNDS && out.includes("&"); round++) {
    const next = decodeOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}
