/**
 * Finds the exception type in a line of text (`anthropic.BadRequestError: …`, `… litellm.RateLimitError: …`,
 * `… (Anthropic::Errors::RateLimitError)`) and describes a type for comparison. Page signatures always go through
 * here; pasted lines do when the parser gave no type, so both sides split the same way.
 */
import { SUFFIXES, suffixGroup } from "../exception-name.ts";
import { vendorStem } from "./libraries.ts";
import type { TypeInfo } from "./types.ts";

/** Last segments that name an exception class. */
const CLASS_NAME = new RegExp(String.raw`^[A-Z][\w$]*${suffixGroup(SUFFIXES.signatureType)}$|^(?:Error|Exception|Throwable|panic)$`);

/** Types that say nothing about which error it is. */
const GENERIC = new Set(["error", "exception", "baseexception", "throwable", "panic", "runtimeexception", "standarderror"]);

/** A qualified or class-like identifier followed by `: `, ` - `, ` …` or the end. */
const TYPE_AT = /(?<![\w$.:])((?:[A-Za-z_$][\w$]*(?:\.|::))*[A-Za-z_$][\w$]*)(?=:\s|:$| [-–] | …|$)/g;

/** Ruby's `full_message`: `message (Anthropic::Errors::RateLimitError)`. */
const RUBY_SUFFIX = /^(.*?)\s*\(((?:[A-Z]\w*::)+[A-Z]\w*)\)$/s;

/** An exception's repr, as logs print it: `NotFoundError("Error code: 404 - {…}")`. */
const REPR = /^((?:[A-Za-z_$][\w$]*\.)*[A-Z][\w$]*)\((["'])(.*)\2,?\)$/s;

/** Prefixes a paste puts before the type (`Caused by:`, `Traceback …`, `Unhandled rejection`). */
const LEAD_NOISE = /^(?:Caused by|Uncaught(?: exception)?|Unhandled(?: rejection| exception)?|Exception in thread "[^"]*")\s*:?\s*/i;

function looksLikeType(id: string): boolean {
  const segments = id.split(/\.|::/);
  const last = segments[segments.length - 1] ?? "";
  if (CLASS_NAME.test(last)) return true;
  // `httpx.ReadTimeout`, `google.api_core.exceptions.NotFound`: qualified with a capitalised class.
  return segments.length > 1 && /^[A-Z]/.test(last) && /^[a-z_]/.test(segments[0] ?? "");
}

/**
 * Describes a type.
 * @param full The type as printed.
 * @returns Name, prefix, vendor stem and whether it is generic.
 */
export function typeInfo(full: string): TypeInfo {
  const clean = full.trim();
  const cut = Math.max(clean.lastIndexOf("."), clean.lastIndexOf("::") + 1);
  const name = cut > 0 ? clean.slice(cut + 1) : clean;
  const prefix = cut > 0 ? clean.slice(0, clean.charAt(cut) === ":" ? cut - 1 : cut) : "";
  return { full: clean, name, prefix, library: prefix ? vendorStem(prefix) : "", generic: GENERIC.has(name.toLowerCase()) };
}

/**
 * Splits `Type: message` text. The type is the first identifier that looks like an exception class and is
 * followed by a colon (or ` - ` / ` …`); text before it is dropped.
 * @param text A signature or a line without a parsed type.
 * @returns The type (if any) and the message.
 */
export function splitType(text: string): { type?: TypeInfo; message: string } {
  const trimmed = text.trim().replace(LEAD_NOISE, "");
  const repr = REPR.exec(trimmed);
  if (repr?.[1] && looksLikeType(repr[1])) return { type: typeInfo(repr[1]), message: repr[3] ?? "" };
  const ruby = RUBY_SUFFIX.exec(trimmed);
  if (ruby?.[2]) return { type: typeInfo(ruby[2]), message: ruby[1] ?? "" };
  for (const m of trimmed.matchAll(TYPE_AT)) {
    const id = m[1] ?? "";
    // The first class-like identifier wins, wherever it is: `… - litellm.RateLimitError: …`, `Unexpected error: x.YError: …`.
    if (!looksLikeType(id)) continue;
    // A type named inside a sentence is not the error's class: Go's `json: error calling MarshalJSON for type
    // json.RawMessage: unexpected end of JSON input`, `cannot unmarshal string into Go value of type main.T`.
    if (/\btype\s+$/i.test(trimmed.slice(0, m.index))) continue;
    // A bare identifier at the very end is a type only when it is the whole text (`java.lang.OutOfMemoryError`);
    // otherwise `… Internal Server Error` would read as type `Error`.
    if (m.index + id.length === trimmed.length && m.index > 0) continue;
    const message = trimmed.slice(m.index + id.length).replace(/^\s*(?::|[-–])?\s*/, "");
    return { type: typeInfo(id), message };
  }
  return { message: trimmed };
}
