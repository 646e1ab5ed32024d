/**
 * Message parameterization, in the spirit of Sentry's (`src/sentry/grouping/parameterization.py`): the variable parts
 * of a message become typed placeholders so `prompt is too long: 215000 tokens > 200000 maximum` and
 * `… 208656 tokens …` compile to the same template. Page signatures and pasted lines go through the same
 * function, so both sides always agree.
 *
 * One regex, alternatives in priority order: JavaScript tries the alternatives left to right at the leftmost
 * position, so `0.121.0` is a version before it can be a float, and `claude-3-5-sonnet-20240620` is a model
 * before its digits can be ints.
 */
import type { PlaceholderKind, Segment } from "./types.ts";

/** Characters that end a URL or path in running text. */
const STOP = String.raw`\s'"<>()\[\]{}\u0060`;

/** Alternatives, highest priority first, by placeholder (`_` where the placeholder uses `-`). */
const ALTERNATIVES: readonly [string, string][] = [
  ["url", String.raw`\b(?:https?|wss?|ftp|file|s3|gs):\/\/[^${STOP}]+`],
  ["arn", String.raw`\barn:aws[\w-]*:[\w-]+:[\w-]*:\d*:[^${STOP},]+`],
  ["email", String.raw`(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b`],
  // Windows drive paths (C:\x\y, B:/~BUN/root/claude.exe) and UNC paths.
  ["path", String.raw`(?<![\w])[A-Za-z]:[\\/][^\s:*?"'<>|()\[\]{},]*|\\\\[\w.$-]+(?:\\[^\s:*?"'<>|()\[\]{},]+)+`],
  ["uuid", String.raw`(?<![\w-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![\w-])`],
  // Model ids: Anthropic (`claude-…`, Bedrock `us.anthropic.claude-…-v1:0`, Vertex `claude-…@20251101`), other
  // Bedrock vendors, OpenAI and Gemini names; they vary per request, so they are parameters. A router's provider
  // prefix is part of the id (litellm `anthropic/claude-…`, `bedrock/us.anthropic.claude-…`, `vertex_ai/claude-…`,
  // pydantic-ai `anthropic:claude-…`): it names how the request was sent, not which error it is.
  [
    "model",
    String.raw`(?<![\w.-])(?:(?:openrouter\/)?(?:anthropic|bedrock(?:\/converse)?|vertex_ai|vertex)[:/])?(?:(?:us|eu|apac|jp|au|ca|global|us-gov)\.)?(?:anthropic\.)?claude-[a-z0-9](?:[\w.:@-]*[a-z0-9])?` +
      String.raw`|(?<![\w.-])(?:(?:us|eu|apac|global)\.)?(?:meta|amazon|mistral|cohere|ai21|deepseek|writer)\.[a-z][\w.-]*?-v\d+(?::\d+)?(?![\w-]|\.\w)` +
      String.raw`|(?<![\w.-])(?:gpt|gemini|text-embedding)-[a-z0-9](?:[\w.-]*[a-z0-9])?`,
  ],
  // POSIX paths with two or more segments, and relative paths with three or more (`a/b/c.py`).
  ["path", String.raw`(?<![\w.:\/@-])(?:~|\.{1,2})?(?:\/[\w.@~+%-]+){2,}\/?|(?<![\w.:\/@-])[\w.@-]+(?:\/[\w.@-]+){2,}`],
  // Google Vertex AI and Amazon Bedrock put their own tag after the prefix (`req_vrtx_011C…`, `toolu_bdrk_01…`).
  ["req_id", String.raw`\breq_(?:vrtx_|bdrk_)?[A-Za-z0-9]{8,}\b`],
  ["toolu_id", String.raw`\b(?:srv)?toolu_(?:vrtx_|bdrk_)?[A-Za-z0-9]{8,}\b`],
  ["msg_id", String.raw`\bmsg_(?:vrtx_|bdrk_)?[A-Za-z0-9]{8,}\b`],
  ["org_id", String.raw`\borg[-_][A-Za-z0-9]{8,}\b`],
  ["id", String.raw`(?<![\w-])[a-z]{2,12}_(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{12,}(?![\w-])`],
  ["date", String.raw`(?<![\w-])\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\w-])`],
  ["time", String.raw`(?<![\w:])\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?![\w:])`],
  ["ip", String.raw`(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?![\w.])`],
  // Versions are not numbers to compare: `0.121.0` must not read as the float `0.121` plus `.0`.
  ["version", String.raw`(?<![\w.])v?\d+\.\d+\.\d+(?:[-+][\w.]*\w)?(?![\w]|\.\w)|(?<![\w.])v\d+\.\d+(?![\w]|\.\w)`],
  ["hex", String.raw`\b0x[0-9A-Fa-f]+\b|(?<![\w-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![\w-])`],
  ["float", String.raw`(?<![\w.])\d+\.\d+(?![\w]|\.\w)`],
  // Token counts print with thousands separators (`20,000 input tokens`): one int, not three.
  ["int", String.raw`(?<![A-Za-z0-9_])(?:\d{1,3}(?:,\d{3})+|\d+)(?![A-Za-z0-9_])`],
  // Short quoted values (`'NoneType'`, `"message_start"`); quoted sentences stay text.
  ["quoted", String.raw`(?<![\w'"])'[^'\s]{1,64}'(?![\w'])|(?<![\w'"])"[^"\s]{1,64}"(?![\w"])|(?<![\w\]])\[[A-Za-z_][\w.-]{0,63}\](?![\w(\[])`],
];

/**
 * Each alternative is one numbered group, not a named one: a match then carries no `groups` object to build and
 * search, which was a third of compiling a page (`npm run bench:lookup`'s cold lookup compiles a hundred).
 */
const SCANNER = new RegExp(ALTERNATIVES.map(([, source]) => `(${source})`).join("|"), "g");
/** The placeholder of each group, in order. */
const KINDS: readonly PlaceholderKind[] = ALTERNATIVES.map(([name]) => name.replace("_", "-") as PlaceholderKind);
// An alternative with a capturing group of its own would shift every later group's number.
if (new RegExp(`${SCANNER.source}|`).exec("")?.length !== KINDS.length + 1) throw new Error("parameterize: an alternative has its own capturing group");

/** Page text only: author-written placeholders (`<int>`, `<model>`, `<n>`) and gaps (`…`, `...`). */
const AUTHORED = /<([a-z][\w-]*|…|\.\.\.)>|…|\.{3,}/g;

const AUTHORED_KINDS: Record<string, PlaceholderKind> = {
  int: "int",
  n: "int",
  number: "int",
  count: "int",
  tokens: "int",
  float: "float",
  uuid: "uuid",
  hex: "hex",
  id: "id",
  "req-id": "req-id",
  "request-id": "req-id",
  "toolu-id": "toolu-id",
  "msg-id": "msg-id",
  "org-id": "org-id",
  org: "org-id",
  path: "path",
  file: "path",
  url: "url",
  model: "model",
  quoted: "quoted",
  version: "version",
  date: "date",
  time: "time",
  ip: "ip",
  email: "email",
  arn: "arn",
};

/** `organization (<uuid>)`: the UUID is an org id. */
const ORG_CONTEXT = /organi[sz]ation\s*\(?\s*$/i;

/** Trailing punctuation that belongs to the sentence, not to a URL or path. */
const TRAILING = /[.,;:!?]+$/;

/**
 * Splits text into literal text and typed placeholders.
 * @param text Normalised text (see normalize.ts).
 * @param [authored=false] True for page text: `<int>`-style placeholders and `…` gaps are honoured.
 * @returns Segments in order; adjacent text is merged.
 */
export function parameterize(text: string, authored = false): Segment[] {
  const out: Segment[] = [];
  const pushText = (t: string) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last?.kind === "text") last.text += t;
    else out.push({ kind: "text", text: t });
  };
  if (authored) {
    let at = 0;
    for (const m of text.matchAll(AUTHORED)) {
      for (const s of parameterize(text.slice(at, m.index), false)) {
        if (s.kind === "text") pushText(s.text);
        else out.push(s);
      }
      const name = m[1];
      if (name === undefined || name === "…" || name === "...") out.push({ kind: "gap" });
      else out.push({ kind: "param", type: AUTHORED_KINDS[name] ?? "any", value: m[0] });
      at = m.index + m[0].length;
    }
    text = text.slice(at);
  }
  let at = 0;
  for (const m of text.matchAll(SCANNER)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    let value = m[0];
    let kind = KINDS[group - 1] ?? "int";
    if (kind === "url" || kind === "path" || kind === "arn" || kind === "model") value = value.replace(TRAILING, "");
    if (!value) continue;
    if (kind === "uuid" && ORG_CONTEXT.test(text.slice(Math.max(0, m.index - 20), m.index))) kind = "org-id";
    pushText(text.slice(at, m.index));
    // A quoted id, model or path (`"req_011C…"`, `'claude-3-5-sonnet'`) is that type; the quotes stay text.
    const inner = kind === "quoted" ? parameterize(value.slice(1, -1)) : [];
    const typed = inner.length === 1 && inner[0]?.kind === "param" && inner[0].type !== "quoted" ? inner[0] : undefined;
    if (typed) {
      pushText(value.charAt(0));
      out.push(typed);
      pushText(value.charAt(0));
    } else out.push({ kind: "param", type: kind, value });
    at = m.index + value.length;
  }
  pushText(text.slice(at));
  return out;
}

/**
 * Renders segments with placeholders shown: `prompt is too long: <int> tokens > <int> maximum`.
 * @param segments From `parameterize`.
 * @returns Display text.
 */
export function renderSegments(segments: readonly Segment[]): string {
  return segments
    .map((s) => (s.kind === "text" ? s.text : s.kind === "gap" ? "…" : `<${s.type}>`))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
