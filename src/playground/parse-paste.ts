/**
 * What the playground's paste box accepts: an `xxd` or `hexdump -C` dump, plain hex (spaces and a
 * `0x` prefix allowed), base64, or (for text/event-stream clients) the stream text itself. Pure.
 */
import { fromBase64, fromHex } from "../decoders/index.ts";
import { detectDump, parseDump } from "./parse-dump.ts";

export type PasteFormat = "auto" | "dump" | "hex" | "base64" | "raw";

export function decodePasted(text: string, format: PasteFormat, textAllowed: boolean): Uint8Array {
  if (format === "raw") return new TextEncoder().encode(text);
  const dump = format === "auto" || format === "dump" ? detectDump(text) : undefined;
  if (dump) return parseDump(text, dump);
  if (format === "dump") throw new Error("That is not an xxd or hexdump -C dump: each line should start with an offset such as 00000000.");
  const compact = text.replace(/\s+/g, "");
  if (format === "hex" || (format === "auto" && /^(0x)?[0-9a-fA-F]+$/.test(compact) && compact.length % 2 === 0)) return fromHex(compact.replace(/^0x/, ""));
  if (format === "base64" || (format === "auto" && /^[A-Za-z0-9+/_-]+=*$/.test(compact))) return fromBase64(compact);
  if (textAllowed) return new TextEncoder().encode(text);
  throw new Error("That is neither a hex dump (xxd, hexdump -C), hex nor base64. Paste the bytes as e.g. 000000d8… or the output of xxd.");
}
