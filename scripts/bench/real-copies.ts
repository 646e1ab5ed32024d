/**
 * Real-weight pages for `npm run bench:build`: copies of the repository's own pages, each copy made
 * unique where a cache could otherwise reuse work — id, title, signature, variants, every code snippet
 * and every fenced block in the body get the copy's token, and `related` ids and `/errors/…` links point
 * at the same copy's pages. Copy 0 is the real content; every page drops `playground` (its check asks
 * the lookup to find the page first for the sample's error, which look-alike copies make ambiguous).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";

/** A short letters-only token per copy: numbers would be parameterised away by the lookup's templates. */
function copyToken(k: number): string {
  let n = k;
  let out = "";
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `q${out}`;
}

const HASH_COMMENT = new Set(["python", "bash", "shell", "sh", "yaml", "toml", "ini", "ruby", "py", "console"]);
const SLASH_COMMENT = new Set(["typescript", "javascript", "ts", "js", "go", "rust", "java", "csharp"]);

/** A line that changes the snippet without breaking its language. */
function uniqueLine(lang: string, token: string): string {
  if (HASH_COMMENT.has(lang)) return `# bench copy ${token}`;
  if (SLASH_COMMENT.has(lang)) return `// bench copy ${token}`;
  return `bench copy ${token}`;
}

/** Renames identifiers too, so highlighting has different tokens to colour, not only one extra line. */
function uniqueCode(code: string, lang: string, token: string): string {
  const renamed = code.replace(/\b(client|response|stream|error|message|request|attempt|result)\b/g, `$1_${token}`);
  return `${uniqueLine(lang, token)}\n${renamed}`;
}

interface Source {
  category: string;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

function readSources(contentDir: string): { pages: Source[]; categories: Map<string, string> } {
  const errors = join(contentDir, "errors");
  const pages: Source[] = [];
  const categories = new Map<string, string>();
  for (const category of readdirSync(errors).sort()) {
    for (const name of readdirSync(join(errors, category)).sort()) {
      const text = readFileSync(join(errors, category, name), "utf8");
      if (name === "_category.yml") categories.set(category, text);
      if (!name.endsWith(".md")) continue;
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`bench: no frontmatter in ${category}/${name}`);
      pages.push({ category, slug: name.slice(0, -3), data: parse(m[1]!) as Record<string, unknown>, body: m[2]! });
    }
  }
  return { pages, categories };
}

/** The frontmatter fields a copy changes; the others are copied as they are. */
interface CopiedData {
  [field: string]: unknown;
  title: string;
  signature: string;
  summary: string;
  playground?: unknown;
  variants?: Array<{ signature: string }>;
  related?: string[];
  fixes?: Array<{ code?: Array<{ code: string; lang: string }> }>;
}

function copyPage(src: Source, token: string, k: number): string {
  const data = structuredClone(src.data) as CopiedData;
  const suffix = (id: string) => `${id}-${token}`;
  data.title = `${data.title} (${token})`;
  data.signature = `${data.signature} [${token}]`;
  delete data.playground;
  for (const v of data.variants ?? []) v.signature = `${v.signature} [${token}]`;
  if (data.related) data.related = data.related.map(suffix);
  for (const fix of data.fixes ?? []) for (const c of fix.code ?? []) c.code = uniqueCode(c.code, c.lang, token);
  if (k % 3 === 1) data.summary = `${data.summary} (${token})`;
  const body = src.body
    .replace(/^(```+)([\w-]*)[^\n]*\n([\s\S]*?)^\1\s*$/gm, (_all, fence: string, lang: string, code: string) => `${fence}${lang}\n${uniqueCode(code, lang, token)}${fence}`)
    .replace(/\/errors\/([a-z0-9-]+)\/([a-z0-9-]+)\//g, (_all, c: string, s: string) => `/errors/${c}/${s}-${token}/`);
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

/** The playground check asks the lookup to find the page first; with look-alike copies it cannot. */
function withoutPlayground(text: string): string {
  return text.replace(/^playground:\n(?:[ ]+.*\n)*/m, "");
}

/** Writes `count` real-weight pages into `<outDir>/errors/…`; returns the number of categories. */
export function writeRealCopies(contentDir: string, outDir: string, count: number): number {
  const { pages, categories } = readSources(contentDir);
  for (const [category, text] of categories) {
    mkdirSync(join(outDir, "errors", category), { recursive: true });
    writeFileSync(join(outDir, "errors", category, "_category.yml"), text);
  }
  // Whole copies only, so every `related` id and link of a copy points at a page that exists.
  const copies = Math.max(1, Math.round(count / pages.length));
  for (let k = 0; k < copies; k++) {
    const token = copyToken(k);
    for (const src of pages) {
      const path = join(outDir, "errors", src.category, k === 0 ? `${src.slug}.md` : `${src.slug}-${token}.md`);
      writeFileSync(path, k === 0 ? withoutPlayground(readFileSync(join(contentDir, "errors", src.category, `${src.slug}.md`), "utf8")) : copyPage(src, token, k));
    }
  }
  return copies * pages.length;
}
