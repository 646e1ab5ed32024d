/**
 * Shapes shared by the matcher's modules. Pure data: the browser, the CLI, the bench and the build
 * all pass these around, so nothing here touches the DOM or Node.
 */
import type { Frame } from "../types.ts";

/** The typed placeholders a variable part of a message becomes (Sentry-style parameterization). */
export type PlaceholderKind =
  | "url"
  | "email"
  | "arn"
  | "path"
  | "uuid"
  | "org-id"
  | "req-id"
  | "toolu-id"
  | "msg-id"
  | "id"
  | "model"
  | "date"
  | "time"
  | "ip"
  | "version"
  | "hex"
  | "float"
  | "int"
  | "quoted"
  /** Only in page text: an author-written `<something>` the matcher does not know; matches any one token. */
  | "any";

/** A piece of parameterized text: literal text, a typed value, or (page text only) a `…` gap. */
export type Segment = { kind: "text"; text: string } | { kind: "param"; type: PlaceholderKind; value: string } | { kind: "gap" };

/** One matching unit: a lowercased word, or a placeholder (`key` is then `<int>`, `<model>`, …). */
export interface Token {
  key: string;
  /** Set for placeholders. */
  param?: PlaceholderKind;
  /** The raw value a placeholder stands for, as printed. */
  value?: string;
  /** Page text only: a `…` came right before this token, so anything may sit between it and the previous one. */
  gapBefore?: boolean;
}

/** An exception type split into what the matcher compares. */
export interface TypeInfo {
  /** As printed: `anthropic.BadRequestError`, `Anthropic::Errors::RateLimitError`. */
  full: string;
  /** Last segment: `BadRequestError`. */
  name: string;
  /** Everything before the last segment, `""` when unqualified: `anthropic`, `botocore.errorfactory`. */
  prefix: string;
  /** The library the prefix names, as a vendor stem (see libraries.ts), `""` when none or standard library. */
  library: string;
  /** `Error`, `Exception` and the like say nothing about which error it is. */
  generic: boolean;
}

/** What core-message extraction finds in a message (see core-message.ts). */
export interface MessageParts {
  /** Text outside any embedded body, with boilerplate wrappers (`Error code: 400 -`) removed. */
  lead: string;
  /** The innermost human message found in an embedded JSON / dict body; `""` when there is none. */
  inner: string;
  /** True when the message had an embedded body (even a cut-off one). */
  hasBody: boolean;
  /** True when the body was cut off before it closed (a truncated paste). */
  truncated: boolean;
  /** HTTP-like status seen in a wrapper or the body (`400`, `529`). */
  status?: number;
  /** Error kind named by the body or wrapper: `overloaded_error`, `throttlingException`, `AccessDeniedException`. */
  code?: string;
  /** botocore's operation name, when the message says it. */
  operation?: string;
  /** Names of the wrappers peeled off, outermost first (for "matched on"). */
  wrappers: string[];
}

/** A type + message, analysed: the same shape for a page's signature and for a line of a paste. */
export interface Analysis {
  type?: TypeInfo;
  parts: MessageParts;
  /** Lead tokens followed by inner tokens. */
  tokens: Token[];
  /** How many of `tokens` come from the lead. */
  leadLength: number;
  /** The message with placeholders shown, for display: `prompt is too long: <int> tokens > <int> maximum`. */
  display: string;
}

/** The minimum of a page the index needs; `Page` from src/entries satisfies it. */
export interface IndexablePage {
  id: string;
  data: {
    title: string;
    signature: string;
    variants?: readonly { signature: string; context: string; generic?: boolean | undefined }[] | undefined;
    match?: { frames?: readonly string[] | undefined; packages?: readonly string[] | undefined; generic?: boolean | undefined; bareStatus?: number | undefined } | undefined;
  };
}

/** A compiled page signature or variant. */
export interface Template extends Analysis {
  /** Index of the page in its compiled shard. */
  page: number;
  /** 0 for the page's signature, n for its n-th variant (1-based). */
  source: number;
  /** The variant's context (`TypeScript SDK`), when a variant. */
  context?: string;
  /** Text as the page wrote it. */
  text: string;
  /** Sum of its tokens' weights (weights.ts). */
  weight: number;
  /** Specificity of the literal words (sum of normalised IDF of non-stopwords); see score.ts. */
  specificity: number;
  /** Routing keys (route.ts), on routed sites only. */
  keys?: string[];
  /** The variant's `generic: true`: this wording is a shared layer's, as `match.generic` says of a whole page. */
  generic?: boolean;
}

/** A page as the matcher holds it after a shard loads. */
export interface CompiledPage {
  id: string;
  title: string;
  signature: string;
  /** Frame hints from `match.frames`, normalised (forward slashes, lowercase). */
  frames: string[];
  /** Per hint, 0–1: 1 when no other page of the shard has it, less the more pages share it. */
  frameWeights: number[];
  /** Vendor stems of the libraries the page belongs to (`match.packages`, type prefixes, frame hints). */
  libraries: string[];
  /** `match.generic`: the error's words are a shared layer's, so high confidence needs the product named. */
  generic?: boolean;
  /** `match.bareStatus`: the HTTP status that, shown with no error message, means this page (status-fallback.ts). */
  bareStatus?: number;
}

/** One line of a paste the matcher scores (a parsed exception, or a line that carries an API error body). */
export interface Candidate extends Analysis {
  /** 1-based line in the paste. */
  line: number;
  /** The line as shown to the user, clipped. */
  text: string;
  /** Frames that belong to this exception. */
  frames: Frame[];
  /** Where it came from: the parser, the body scan, the plain-line fallback, or none (a paste of frames only). */
  origin: "parsed" | "body" | "line" | "frames";
  /** A plain line read beside what the parser found: it counts only where it holds a page's whole template. */
  wholeOnly?: true;
}

/** The library seen in a frame of the paste. */
export interface FrameLibrary {
  library: string;
  frame: Frame;
  index: number;
}
