/**
 * Turns an alignment plus what else the paste says into one score in [0, 1].
 *
 * The message alignment gives a base (a full template match `templateBase`, a cut-off prefix `truncatedBase` plus
 * `truncatedSpan` × its coverage, the lead alone `leadBase`, mere similarity up to `similarBase` from a weighted
 * geometric mean of both coverages). Each agreeing signal then closes part of the remaining gap, as independent
 * evidence does (a noisy-OR: score ← 1 − (1 − score)(1 − s·g)), and each disagreeing one scales the score down. The
 * numbers are fitted (tuning.ts, named here):
 *
 * | signal | agrees (s) | disagrees |
 * |---|---|---|
 * | type name (last segment; `Error`/`Exception` say nothing) | `typeAgree` | ×`typeMismatch` when a page of the paste's type has its message |
 * | status (`400`, `529`) | `statusAgree` | ×`statusMismatch` |
 * | error kind (`overloaded_error`, `throttlingException`) | `codeAgree` | ×`codeMismatch` |
 * | a `match.frames` hint in a frame | `frameAgree` × how few pages share the hint | |
 * | a page library among the frames' libraries | `libraryAgree` | |
 * | all `<quoted>` values equal | `valuesAgree` | (lowers the template base instead) |
 * | botocore operation (`InvokeModelWithResponseStream`) | `operationAgree` | ×`operationMismatch` |
 * | the same wrappers around the message (`Error code: <status> -`, botocore's, none) | `formAgree` | |
 * | type prefix names another vendor (`openai.` on an `anthropic` page) | | ×`vendorConflict`, and never above low |
 *
 * The gate g = min(1, base / `gate`) keeps these signals from lifting a message that does not match: every
 * `400 invalid_request_error` shares type, status and kind, so they only decide between pages whose words agree.
 * A paste with frames but no message at all (a cut-off traceback) has only frames to go on: g = 1 there, and
 * the match is never more than low.
 */
import type { Frame } from "../types.ts";
import type { Alignment } from "./align.ts";
import { appFrames, hintLibrary, librariesInFrames, mentionedLibrary } from "./libraries.ts";
import { SPECIFIC_EVIDENCE } from "./template.ts";
import { frameLocations, hintIndex, type FrameLocation } from "./frame-hint.ts";
import type { Candidate, CompiledPage, FrameLibrary, Template } from "./types.ts";
import { FOREIGN_VENDORS, GENERIC_LIBRARIES, hasTerm, PLATFORM_ERROR_KINDS, PRODUCT_EVIDENCE } from "./dialects/vendors.ts";
import { statusOfKind } from "./dialects/status.ts";
import { TUNING } from "./tuning.ts";
import { namesProduct, vendorEvidence, type VendorEvidence } from "./vendor-evidence.ts";

type SignalName = "type" | "status" | "code" | "operation" | "form" | "frame" | "library" | "values" | "vendor" | "frames-elsewhere";

export interface Signal {
  name: SignalName;
  /** True when it raised the score. */
  agrees: boolean;
  /** Noisy-OR strength when agreeing, multiplier when not. */
  strength: number;
  detail: string;
}

/** The frame that decided, when one did. */
interface DecidingFrame {
  frame: Frame;
  /** Position in the paste's frames (0 = nearest the throw site of the first exception). */
  index: number;
  hint?: string;
  library?: string;
}

export interface Scored {
  score: number;
  signals: Signal[];
  /** A vendor conflict: the score is capped at low confidence. */
  conflict: boolean;
  /** Something besides the words agrees (type, kind, status, frame, library, equal values). */
  corroborated: boolean;
  /** Only frames matched (the paste has no message): never more than low. */
  framesOnly: boolean;
  /** The paste shows the page's product (its words, a frame or type from its library): needed for high on words that are not specific. */
  own: boolean;
  /** The template's type comes from a generic library, or its body's kind is a platform's (dialects/vendors.ts): high needs `own` whatever the words. */
  generic?: boolean;
  frame?: DecidingFrame;
}

/** What the paste offers beyond the line itself, computed once per lookup. */
export interface PasteContext {
  frames: readonly Frame[];
  /** Each frame's file and module, normalised for hint comparison. */
  locations: readonly FrameLocation[];
  libraries: readonly FrameLibrary[];
  /** True when no line of the paste has a message: frames are all there is. */
  framesOnly: boolean;
  /** Hint results per page, filled as pages are scored (a page has several templates). */
  hints: Map<CompiledPage, HintFrame | undefined>;
  /** Products and other vendors the whole paste names (vendor-evidence.ts). */
  vendors: VendorEvidence;
}

/** A frame that holds one of a page's hints, with the hint's weight (0–1). */
export type HintFrame = DecidingFrame & { weight: number };

/**
 * The paste context for a lookup.
 * @param frames Every frame of the paste.
 * @param framesOnly Whether no line of the paste has a message.
 * @param [text] The paste, for vendor evidence.
 * @returns The context.
 */
export function pasteContext(frames: readonly Frame[], framesOnly: boolean, text = ""): PasteContext {
  return {
    vendors: vendorEvidence(text, appFrames(frames)),
    frames,
    locations: frameLocations(frames),
    libraries: librariesInFrames(frames),
    framesOnly,
    hints: new Map(),
  };
}

/**
 * Two specific exception types that differ (`ValueError` vs `EventStreamError`) are strong evidence of
 * different errors: the same service message (`Bedrock is unable to process your request.`) reaches users
 * through different clients, and the client's type is what says which page explains it. Only when some page
 * considered has the paste's type, though: a wrapper's own class that no page knows (langchain4j's
 * `InvalidRequestException` around Bedrock's message) does not tell the site's pages apart. Nor does a type whose
 * pages are all about other messages (`typeRival`): Bedrock's `ValidationException` around the API's
 * `final assistant content cannot end with trailing whitespace` says nothing against the page that has those words
 * under the Python SDK's `BadRequestError`, when the site's `ValidationException` pages print other messages.
 */
const TYPE_MISMATCH = (): number => TUNING.typeMismatch;

function base(alignment: Alignment): number {
  switch (alignment.kind) {
    case "template": {
      const fixes = Math.max(TUNING.templateBase - 0.12, TUNING.templateBase - TUNING.correctionCost * alignment.corrections);
      const { equal, total } = alignment.quoted;
      return total > 0 && equal < total ? Math.min(fixes, 0.6 + (0.2 * equal) / total) : fixes;
    }
    case "truncated":
      return TUNING.truncatedBase + TUNING.truncatedSpan * alignment.templateCoverage;
    case "lead":
      return TUNING.leadBase;
    case "similar":
      // Weighted geometric mean: a two-word template inside a long unrelated message is not "similar".
      return TUNING.similarBase * alignment.templateCoverage ** TUNING.similarShape * alignment.inputCoverage ** (1 - TUNING.similarShape);
  }
}

/**
 * The page's most distinctive hint found in a frame (hints many pages share, like `anthropic/_base_client.py`,
 * count less), and the first frame holding it. Memoised per lookup.
 * @param page The page.
 * @param paste The paste context.
 * @returns The frame, hint and hint weight (0–1), or undefined.
 */
export function hintFrame(page: CompiledPage, paste: PasteContext): HintFrame | undefined {
  if (paste.hints.has(page)) return paste.hints.get(page);
  let best: HintFrame | undefined;
  page.frames.forEach((hint, h) => {
    const weight = page.frameWeights[h] ?? 1;
    if (best && best.weight >= weight) return;
    const index = hintIndex(paste.locations, hint);
    const frame = paste.frames[index];
    if (frame) best = { frame, index, hint, weight };
  });
  paste.hints.set(page, best);
  return best;
}

/**
 * Error kinds compare without case (`NOT_FOUND`, `not_found`), except the first letter of an AWS `…Exception` code:
 * botocore names an event-stream error by its frame's `:exception-type`, in lower camel case (`throttlingException`),
 * and an HTTP error by its Pascal-case code (`ThrottlingException`), so the case says where the call failed.
 */
function sameCode(a: string, b: string): boolean {
  if (a.toLowerCase() !== b.toLowerCase()) return false;
  return !(a.endsWith("Exception") && b.endsWith("Exception")) || a[0] === b[0];
}

/** Pages sharing a specific exception type, at most, for the type alone to give a floor (`scoreMatch`). */
export const TYPE_ONLY_PAGES = 2;

/**
 * Scores one template against one line of the paste.
 * @param template The template.
 * @param page Its page.
 * @param candidate The line.
 * @param alignment From align.ts.
 * @param paste Frames and libraries of the whole paste.
 * @param [typePages] Pages among those considered whose templates have the line's exception type (0: unknown).
 * @param [typeRival] Whether a template of the line's type matches the line's message (whole, cut off, by its lead,
 *   or by specific words): only then does a different type count against a page.
 * @returns The score and the signals behind it.
 */
export function scoreMatch(template: Template, page: CompiledPage, candidate: Candidate, alignment: Alignment, paste: PasteContext, typePages = 0, typeRival = true): Scored {
  let score = base(alignment);
  // A specific exception type that few pages have (`EventStreamError`, `NoCredentialsError`) names the error even
  // when its message differs or is missing: a floor, shared between the pages that have the type.
  const sameType = template.type && candidate.type && !template.type.generic && !candidate.type.generic && template.type.name.toLowerCase() === candidate.type.name.toLowerCase();
  if (sameType && typePages > 0 && typePages <= TYPE_ONLY_PAGES) score = Math.max(score, TUNING.typeOnlyBase / typePages);
  const gate = paste.framesOnly ? 1 : Math.min(1, score / TUNING.gate);
  const signals: Signal[] = [];
  const agree = (name: SignalName, strength: number, detail: string) => {
    score = 1 - (1 - score) * (1 - strength * gate);
    signals.push({ name, agrees: true, strength, detail });
  };
  const disagree = (name: SignalName, strength: number, detail: string) => {
    score *= strength;
    signals.push({ name, agrees: false, strength, detail });
  };
  let corroborated = false;

  const tt = template.type;
  const ct = candidate.type;
  if (tt && ct && !tt.generic && !ct.generic) {
    if (tt.name.toLowerCase() === ct.name.toLowerCase()) {
      agree("type", TUNING.typeAgree, `type ${ct.full} matches ${tt.full}`);
      corroborated = true;
    } else if (typePages > 0 && typeRival) disagree("type", TYPE_MISMATCH(), `type ${ct.full} is not ${tt.full}`);
  }
  const ts = template.parts.status;
  const cs = candidate.parts.status;
  if (ts !== undefined && cs !== undefined) {
    if (ts === cs) {
      agree("status", TUNING.statusAgree, `status ${cs}`);
      corroborated = true;
    } else disagree("status", TUNING.statusMismatch, `status ${cs}, the page's is ${ts}`);
  }
  const tc = template.parts.code;
  const cc = candidate.parts.code;
  if (tc && cc) {
    if (sameCode(tc, cc)) {
      agree("code", TUNING.codeAgree, `error kind ${cc}`);
      corroborated = true;
    } else if (alignment.kind !== "lead") disagree("code", TUNING.codeMismatch, `error kind ${cc}, the page's is ${tc}`);
    // A lead match already says the body differs: the kind inside it (one of Bedrock's six
    // `:exception-type`s after `Bad response code, expected 200`) is the variable part, not counter-evidence.
  } else if (tc && !cc && statusOfKind(tc) !== undefined && candidate.parts.hasBody && alignment.kind !== "lead") {
    // A body with no error kind where the page's is one of the API's documented kinds (dialects/status.ts) is another
    // server's shape (FastAPI's `{"detail": "Not Found"}` from a local model server): the API's bodies always carry
    // their kind. AWS's do not (the kind travels in a header), so their pages' kinds are not asked for.
    disagree("code", TUNING.codeMismatch, `a body with no error kind; the page's is ${tc}`);
  }
  const to = template.parts.operation;
  const co = candidate.parts.operation;
  if (to && co) {
    if (to === co) agree("operation", TUNING.operationAgree, `operation ${co}`);
    else disagree("operation", TUNING.operationMismatch, `operation ${co}, the page's is ${to}`);
  }
  // How the client printed it (Python SDK, TypeScript SDK, Claude Code, botocore) tells apart pages whose API
  // message is the same; a weak signal, so not a corroboration.
  const printed = candidate.tokens.length > 0 && template.parts.wrappers.join("|") === candidate.parts.wrappers.join("|") && template.parts.hasBody === candidate.parts.hasBody;
  if (printed) {
    agree("form", TUNING.formAgree, template.parts.wrappers.length ? `printed the same way (${template.parts.wrappers.join(", ")})` : "printed the same way");
  }
  const { equal, total } = alignment.quoted;
  if (alignment.kind === "template" && total > 0 && equal === total) {
    agree("values", TUNING.valuesAgree, `the same quoted value${total > 1 ? "s" : ""}`);
    corroborated = true;
  }

  const hinted = hintFrame(page, paste);
  let frame: DecidingFrame | undefined;
  if (hinted) {
    frame = { frame: hinted.frame, index: hinted.index, hint: hinted.hint ?? "" };
    agree("frame", TUNING.frameAgree * hinted.weight, `frame ${hinted.frame.file ?? hinted.frame.module ?? ""} contains ${hinted.hint ?? ""}`);
    corroborated = true;
  }
  const shared = paste.libraries.find((l) => page.libraries.includes(l.library));
  if (shared) {
    agree("library", TUNING.libraryAgree, `library ${shared.library} in the frames`);
    corroborated = true;
    frame ??= { frame: shared.frame, index: shared.index, library: shared.library };
    if (frame.frame === shared.frame) frame.library = shared.library;
  }

  const mentioned = page.libraries.length > 0 && mentionedLibrary(candidate.text, page.libraries) !== undefined;
  // A gateway's or an HTTP client's type (GENERIC_LIBRARIES) is seen by every product's users: it names no vendor.
  const foreignType = ct?.library && !GENERIC_LIBRARIES.has(ct.library) && page.libraries.length > 0 && !page.libraries.includes(ct.library) && foreignLibrary(ct.library);
  // The paste's type from the page's own library shows its product, unless every product's users see that library.
  const typeOwn = Boolean(ct?.library && page.libraries.includes(ct.library) && PRODUCT_EVIDENCE[ct.library] === undefined && !GENERIC_LIBRARIES.has(ct.library));
  // A frame of the page's own library shows its product; a frame of httpcore or botocore shows only that some client ran.
  const hintLib = hinted?.hint ? hintLibrary(hinted.hint) : undefined;
  const ownFrame = (shared !== undefined && !GENERIC_LIBRARIES.has(shared.library)) || (hinted !== undefined && hintLib !== undefined && !GENERIC_LIBRARIES.has(hintLib));
  // The page, or this one of its wordings, says its words are a shared layer's (`match.generic`, a variant's `generic`).
  const sharedWords = page.generic === true || template.generic === true;
  // A Google canonical status in an upper-case body kind: the platform's words (dialects/vendors.ts).
  const kind = template.parts.code;
  const platformWords = Boolean(kind && kind === kind.toUpperCase() && PLATFORM_ERROR_KINDS.has(kind.toLowerCase()));
  // The template's type is an HTTP client's or a cloud SDK's (`httpx.`, `botocore.`): every product's users see it.
  const clientType = Boolean(tt?.library && GENERIC_LIBRARIES.has(tt.library));
  const own = namesProduct(paste.vendors, page.libraries, sharedWords, platformWords, clientType) || typeOwn || ownFrame;
  const foreignVendor = own ? undefined : paste.vendors.foreign[0];
  const conflict = Boolean((foreignType && !mentioned && !shared) || foreignVendor);
  if (foreignType && !mentioned && !shared) disagree("vendor", TUNING.vendorConflict, `type prefix ${ct?.prefix ?? ""} is not one of this page's libraries (${page.libraries.join(", ")})`);
  else if (foreignVendor) disagree("vendor", TUNING.vendorConflict, `the paste names ${foreignVendor.vendor} ("${foreignVendor.term}") and nothing of this page's product`);
  // Frames all from other libraries, no vendor in the type, weak words: probably another SDK's look-alike.
  const elsewhere = !conflict && !ct?.library && !shared && !mentioned && paste.libraries.length > 0 && page.libraries.length > 0 && alignment.evidence < SPECIFIC_EVIDENCE;
  if (elsewhere) {
    disagree("frames-elsewhere", TUNING.framesElsewhere, `the frames show ${paste.libraries.map((l) => l.library).join(", ")}, not ${page.libraries.join(", ")}`);
    corroborated = false;
  }

  const scored: Scored = { score: Math.max(0, Math.min(1, score)), signals, conflict, corroborated, framesOnly: paste.framesOnly, own };
  if (clientType) scored.generic = true;
  if (platformWords) scored.generic = true;
  if (sharedWords) scored.generic = true;
  if (frame) scored.frame = frame;
  return scored;
}

/** Terms naming other vendors, once. */
const FOREIGN_TERMS = Object.values(FOREIGN_VENDORS).flat();

/**
 * Whether a library stem is another vendor's (`openai`, `mistralai`, `cohere`): an app's or a framework's own
 * exception type (`myapp.errors.ProviderError` around botocore's words) names no vendor.
 * @param stem A vendor stem (libraries.ts).
 * @returns True when a FOREIGN_VENDORS term names it.
 */
function foreignLibrary(stem: string): boolean {
  const words = stem.replace(/-/g, " ");
  return FOREIGN_TERMS.some((t) => hasTerm(words, t));
}
