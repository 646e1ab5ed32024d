/**
 * Removes terminal escape codes and invisible characters that pastes from terminals and web pages carry.
 * Every pattern is a single pass of disjoint character classes, so a 1 MB line costs one linear scan.
 */

// ESC [ 1 ; 31 m   (CSI: colours, cursor moves, erase line), per ECMA-48 §5.4
const CSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
// ESC ] 8 ; ; https://example.com BEL   (OSC: hyperlinks, window titles), ended by BEL or ESC \
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
// ESC ( B, ESC =   (two-byte escapes left over once CSI and OSC are gone)
const SHORT_ESCAPE = /\u001b[@-Z\\-_()=>]?/g;
// Other C0 controls except tab, and DEL; U+FEFF BOM and zero-width spaces copied from web pages.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\ufeff]/g;

/**
 * Strips ANSI escape sequences and invisible characters; turns no-break spaces into spaces.
 * @param text - one line or a whole paste
 * @returns the visible text
 */
export function stripAnsi(text: string): string {
  let out = text;
  if (out.includes("\u001b")) out = out.replace(CSI, "").replace(OSC, "").replace(SHORT_ESCAPE, "");
  return out.replace(INVISIBLE, "").replaceAll("\u00a0", " ");
}
