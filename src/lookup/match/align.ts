/**
 * Aligns a pasted line's tokens with a template's, in decreasing order of strength:
 *
 * - `template`: every template token found, in order and contiguous (a `…` in page text allows a jump), inside
 *   the line; the line may carry extra text around it (an app's own prefix, Claude Code's `· Retrying…`).
 * - `truncated`: the line ends part-way through the template (the paste was cut off), the last word possibly cut.
 * - `lead`: the template's text outside its body (`Bad response code, expected 200`) is found whole, while the
 *   body differs: the body is a parameter of the message there, like Sentry treats a dict dump.
 * - `similar`: neither; an IDF-weighted longest common subsequence gives how much of each side the other covers.
 *
 * Placeholders match placeholders of the same type; a page's `<any>` matches any token; a word the index does not
 * know may match the known word one edit away (fuzzy.ts).
 */
import { SPECIFIC_EVIDENCE, specificity } from "./template.ts";
import { SUFFIXES, suffixGroup } from "../exception-name.ts";
import { STOP_WORDS } from "../stop-words.ts";
import type { PlaceholderKind, Template, Token } from "./types.ts";
import type { Weights } from "./weights.ts";

export type AlignmentKind = "template" | "truncated" | "lead" | "similar";

/** A pasted line prepared for alignment against one shard. */
export interface PreparedInput {
  tokens: readonly Token[];
  /** Token keys after typo correction against the shard's vocabulary. */
  keys: readonly string[];
  /** True where `keys[i]` is a correction. */
  corrected: readonly boolean[];
  weights: readonly number[];
  total: number;
  leadLength: number;
  /** Keys a "similar" template must share with the line (`evidenceKeys`), once per line. */
  evidence: ReadonlySet<string>;
}

export interface Alignment {
  kind: AlignmentKind;
  /** Share of the template's weight matched. */
  templateCoverage: number;
  /** Share of the line's weight matched. */
  inputCoverage: number;
  /** Normalised weight of the template's literal words that matched (see template.ts `specificity`). */
  evidence: number;
  /** Matched words that needed a typo correction. */
  corrections: number;
  /** `<quoted>` values compared, and how many were equal (`'NoneType'` vs `'str'`). */
  quoted: { equal: number; total: number };
}

/** A token that is an exception class's name (`badrequesterror`, `bedrockexception`): tokens are lower-cased, so are the suffixes. */
const CLASS_NAME = new RegExp(`^[a-z][a-z0-9]*${suffixGroup(SUFFIXES.core.map((s) => s.toLowerCase()))}$`);

/** Fewest literal words a truncated prefix or a lead must match to count. */
const MIN_PREFIX_WORDS = 3;
/**
 * Literal words of a template found whole, in order and contiguous, that single an error out whatever their
 * site-wide frequencies: on a large site every word of `The provided model identifier is invalid.` is common, the
 * phrase is not.
 */
const MIN_PHRASE_WORDS = 4;
/**
 * Share of the line's lead or inner message a template with unspecific words must cover to count as found in it:
 * `model: <model>` is the whole message of a 404, but only a detail of a Go client's
 * `LLM request failed: … model=claude-…: {…prompt is too long…}`.
 */
const MIN_WEAK_COVERAGE = 0.5;

/** Share of the weight of the line's part (lead or inner message) where the matched tokens sit. */
function partCoverage(at: readonly number[], input: PreparedInput, matched: number): number {
  const inLead = at.every((i) => i < input.leadLength);
  const inInner = at.every((i) => i >= input.leadLength);
  const [from, to] = inLead ? [0, input.leadLength] : inInner ? [input.leadLength, input.weights.length] : [0, input.weights.length];
  let total = 0;
  for (let i = from; i < to; i++) total += input.weights[i] ?? 0;
  return Math.min(1, matched / (total || 1));
}

type Match = 0 | 1 | 2; // 0: no, 1: exact, 2: via correction

function tokenMatch(t: Token, input: PreparedInput, j: number): Match {
  if (t.param === "any") return 1;
  const tok = input.tokens[j];
  if (!tok) return 0;
  if (tok.key === t.key) return 1;
  return input.keys[j] === t.key && input.corrected[j] ? 2 : 0;
}

/** Finds `run` contiguous in the input at or after `from`; returns its start or -1. */
function findRun(run: readonly Token[], input: PreparedInput, from: number, corrections: { n: number }): number {
  const n = input.tokens.length;
  for (let s = from; s + run.length <= n; s++) {
    let fixes = 0;
    let ok = true;
    for (let k = 0; k < run.length && ok; k++) {
      const m = tokenMatch(run[k] as Token, input, s + k);
      if (m === 0) ok = false;
      else if (m === 2) fixes++;
    }
    if (ok) {
      corrections.n += fixes;
      return s;
    }
  }
  return -1;
}

/** Splits template tokens into contiguous runs at `…` gaps. */
function runs(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  for (const t of tokens) {
    if (t.gapBefore || out.length === 0) out.push([]);
    out[out.length - 1]?.push(t);
  }
  return out;
}

/** Whole-template containment; returns where each template token landed, or undefined. */
function contains(tokens: readonly Token[], input: PreparedInput, corrections: { n: number }): number[] | undefined {
  const at: number[] = [];
  let from = 0;
  for (const run of runs(tokens)) {
    const s = findRun(run, input, from, corrections);
    if (s < 0) return undefined;
    run.forEach((_, k) => at.push(s + k));
    from = s + run.length;
  }
  return at;
}

/** The line ends inside the template: longest template prefix that is a suffix of the line. */
function truncatedPrefix(tokens: readonly Token[], input: PreparedInput): number {
  const n = input.tokens.length;
  for (let s = Math.max(0, n - tokens.length); s < n; s++) {
    let k = 0;
    for (; s + k < n; k++) {
      const t = tokens[k] as Token;
      const m = tokenMatch(t, input, s + k);
      if (m !== 0) continue;
      // The very last word of a cut-off paste may itself be cut: `lo` for `long`.
      const last = s + k === n - 1 && !t.param && (input.tokens[s + k]?.key.length ?? 0) >= 2 && t.key.startsWith(input.tokens[s + k]?.key ?? "\0");
      if (!last) break;
    }
    if (s + k === n && k < tokens.length) return k;
  }
  return 0;
}

/** IDF-weighted longest common subsequence: matched template weight. */
function lcsWeight(tokens: readonly Token[], input: PreparedInput, weights: Weights): number {
  const n = input.tokens.length;
  const m = tokens.length;
  if (n === 0 || m === 0) return 0;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  const tw = tokens.map((t) => weights.of(t.key));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const mt = tokenMatch(tokens[j - 1] as Token, input, i - 1);
      const diag = mt === 0 ? 0 : (prev[j - 1] ?? 0) + (tw[j - 1] ?? 0) * (mt === 2 ? 0.8 : 1);
      cur[j] = Math.max(prev[j] ?? 0, cur[j - 1] ?? 0, diag);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m] ?? 0;
}

function literalWords(tokens: readonly Token[]): number {
  return tokens.filter((t) => !t.param && !STOP_WORDS.has(t.key)).length;
}

function quotedValues(tokens: readonly Token[], input: PreparedInput, at: readonly number[]): Alignment["quoted"] {
  const quoted = { equal: 0, total: 0 };
  tokens.forEach((t, k) => {
    if (t.param !== "quoted") return;
    quoted.total++;
    if (input.tokens[at[k] ?? -1]?.value === t.value) quoted.equal++;
  });
  return quoted;
}

/**
 * Aligns a prepared line with a template.
 * @param template A compiled template.
 * @param input The line, prepared against the template's shard.
 * @param weights The shard's weights.
 * @returns The strongest alignment kind and its coverage figures.
 */
export function align(template: Template, input: PreparedInput, weights: Weights): Alignment {
  const tokens = template.tokens;
  const total = template.weight || 1;
  const none = { equal: 0, total: 0 };
  if (tokens.length === 0) {
    // A signature that is only a type: a line with no message matches it whole.
    const empty = input.tokens.length === 0;
    return { kind: empty ? "template" : "similar", templateCoverage: empty ? 1 : 0, inputCoverage: empty ? 1 : 0, evidence: 0, corrections: 0, quoted: none };
  }
  const corrections = { n: 0 };
  const at = contains(tokens, input, corrections);
  const matched = weights.sum(tokens);
  if (at && (template.specificity >= SPECIFIC_EVIDENCE || literalWords(tokens) >= MIN_PHRASE_WORDS || partCoverage(at, input, matched) >= MIN_WEAK_COVERAGE)) {
    return {
      kind: "template",
      templateCoverage: 1,
      inputCoverage: Math.min(1, matched / (input.total || 1)),
      evidence: template.specificity,
      corrections: corrections.n,
      quoted: quotedValues(tokens, input, at),
    };
  }
  corrections.n = 0;
  const lcs = lcsWeight(tokens, input, weights);
  const base = { templateCoverage: lcs / total, inputCoverage: Math.min(1, lcs / (input.total || 1)), corrections: 0, quoted: none };
  const prefix = truncatedPrefix(tokens, input);
  const head = tokens.slice(0, prefix);
  if (prefix > 0 && literalWords(head) >= MIN_PREFIX_WORDS) {
    return { ...base, kind: "truncated", templateCoverage: Math.max(base.templateCoverage, weights.sum(head) / total), evidence: specificity(head, weights) };
  }
  const lead = tokens.slice(0, template.leadLength);
  if (template.parts.hasBody && literalWords(lead) >= MIN_PREFIX_WORDS && contains(lead, input, corrections)) {
    // A lead of common words (`400 Bad Request Reason:`) is a client's wrapper, not the error: the body decides. So
    // are exception class names printed in it (`litellm.BadRequestError: BedrockException -`), however rare they
    // are among a large site's pages.
    const evidence = specificity(
      lead.filter((t) => !CLASS_NAME.test(t.key)),
      weights,
    );
    if (evidence >= SPECIFIC_EVIDENCE) return { ...base, kind: "lead", evidence, corrections: corrections.n };
  }
  // Generic values alike are no resemblance: a header line `'x-should-retry': 'true',` is two quoted values, as is
  // `<quoted> object has no attribute <quoted>`. A similar line shares one of the template's words, or a value only
  // this site's errors print (a model id, a request id).
  if (!sharesEvidence(tokens, input)) return { ...base, kind: "similar", templateCoverage: 0, inputCoverage: 0, evidence: 0 };
  return { ...base, kind: "similar", evidence: template.specificity * base.templateCoverage };
}

/** Placeholders whose kind alone says which API printed them (parameterize.ts): ids and model names. */
const TELLING: ReadonlySet<PlaceholderKind> = new Set(["model", "req-id", "toolu-id", "msg-id", "org-id", "arn"]);

/**
 * A line's keys that can show resemblance: its words and its telling placeholders.
 * @param tokens The line's tokens.
 * @param keys Their keys after typo correction.
 * @returns The keys.
 */
export function evidenceKeys(tokens: readonly Token[], keys: readonly string[]): Set<string> {
  return new Set(keys.filter((_, i) => !tokens[i]?.param || TELLING.has(tokens[i].param)));
}

/** Whether the line has one of the template's literal words (not a stop word) or one of its telling placeholders. */
function sharesEvidence(tokens: readonly Token[], input: PreparedInput): boolean {
  return tokens.some((t) => (t.param ? TELLING.has(t.param) : !STOP_WORDS.has(t.key)) && input.evidence.has(t.key));
}
