/**
 * Loads a content directory: `errors/<category>/_category.yml` and `errors/<category>/<slug>.md`.
 * Reads everything, validates everything, and returns the pages that can be rendered with every
 * problem found (sorted), so one run reports all mistakes at once. Replaying the playground samples is a
 * separate step (verify-content.ts) that `validate` and the build call; readers such as `npm run new` skip it.
 */
import { lstatSync, readdirSync, type Dirent } from "node:fs";
import { join, relative } from "node:path";
import { crossCheck } from "./cross-checks.ts";
import { addProblems, sortProblems, type Problem } from "./problem.ts";
import { readCategory, readPage, type Page, type ReadResult } from "./read-page.ts";
import type { CategoryMeta } from "./schema.ts";
import { SLUG_PATTERN } from "./schema.ts";
import { checkSourceTitles } from "./source-titles.ts";
import recordedTitles from "./data/source-titles.json" with { type: "json" };
import { LIMITS } from "./limits.ts";
import { readContentFile, specialEntry } from "./read-content-file.ts";
import { kebabCase } from "./slug.ts";

export interface Category extends CategoryMeta {
  id: string;
}

export interface Content {
  /** The directory that was loaded. */
  dir: string;
  pages: Page[];
  categories: Category[];
  problems: Problem[];
}

const CATEGORY_FILE = "_category.yml";
/** A category file is a few lines; this only bounds memory. */
const CATEGORY_MAX_BYTES = 16 * 1024;

/** Paths in problems are relative to the working directory when the content lives below it. */
function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

/** A page file found by the walk: where it is, how problems name it, and the id its path gives. */
export interface PageFile {
  path: string;
  /** The path as problems show it. */
  file: string;
  category: string;
  slug: string;
}

/** What the walk over the folders found, before any page is read. */
interface Walk {
  pageFiles: PageFile[];
  categories: Category[];
  problems: Problem[];
  /** Every page file's id, parsed or not (cross-checks must not call a link to a broken page dangling). */
  fileIds: Set<string>;
}

export function loadContent(dir: string): Content {
  const walk = walkContent(dir);
  return assemble(dir, walk, walk.pageFiles.map(readPageFile));
}

/**
 * The same load with the pages read by `readPages` (which may read them on worker threads, in any order, as long as
 * the results come back in the order of the files): the build reads, validates and renders each page on its render
 * workers (src/build/prerender.ts). Everything that needs all pages at once runs here, on the results.
 */
export async function loadContentAsync(dir: string, readPages: (files: readonly PageFile[]) => Promise<Array<ReadResult<Page>>>): Promise<Content> {
  const walk = walkContent(dir);
  return assemble(dir, walk, await readPages(walk.pageFiles));
}

/** Reads and validates one page file: a file that cannot be read is a problem, never an exception. */
export function readPageFile(f: PageFile): ReadResult<Page> {
  const read = readPageText(f);
  return "text" in read ? readPage(f.file, read.text, f.category, f.slug) : read;
}

/** A page file's text, or the problem that kept it from being read (a link, not a file, too large, not UTF-8). */
export function readPageText(f: PageFile): { text: string } | { problems: Problem[] } {
  const read = readContentFile(f.path, LIMITS.pageBytes);
  if (read.ok) return { text: read.text };
  const code = read.code === "too-large" ? "too-large" : read.code === "encoding" ? "encoding" : "file-name";
  return { problems: [{ file: f.file, line: read.line ?? 1, column: read.column ?? 1, field: "file", code, message: read.message }] };
}

function assemble(dir: string, walk: Walk, results: ReadonlyArray<ReadResult<Page>>): Content {
  const { problems, categories, fileIds } = walk;
  const pages: Page[] = [];
  for (const result of results) {
    addProblems(problems, result.problems);
    if (result.value) pages.push(result.value);
  }
  const errorsDir = join(dir, "errors");
  addProblems(
    problems,
    crossCheck(pages, new Set(categories.map((c) => c.id)), (c) => display(join(errorsDir, c, CATEGORY_FILE)), fileIds),
  );
  addProblems(problems, checkSourceTitles(pages, recordedTitles));
  return { dir, pages, categories, problems: sortProblems(problems) };
}

/** Lists the page files and reads the category files; every misplaced or misnamed entry is a problem. */
function walkContent(dir: string): Walk {
  const problems: Problem[] = [];
  const pageFiles: PageFile[] = [];
  const categories: Category[] = [];
  const fileIds = new Set<string>();
  const walk = { pageFiles, categories, problems, fileIds };
  const errorsDir = join(dir, "errors");
  const fileProblem = (path: string, code: Problem["code"], message: string) => problems.push({ file: display(path), line: 1, column: 1, field: "file", code, message });
  let folders: Dirent[];
  try {
    if (lstatSync(errorsDir).isSymbolicLink()) {
      fileProblem(errorsDir, "file-name", "a symbolic link — content is never read through links; make errors/ a real folder");
      return walk;
    }
    folders = readdirSync(errorsDir, { withFileTypes: true }).sort(byName);
  } catch {
    problems.push({
      file: display(errorsDir),
      line: 1,
      column: 1,
      field: "content",
      code: "file-name",
      message: `no errors/ folder in ${display(dir)} — pages live in ${display(dir)}/errors/<category>/<slug>.md`,
    });
    return walk;
  }
  for (const entry of folders) {
    const folder = entry.name;
    const folderPath = join(errorsDir, folder);
    const special = specialEntry(entry);
    if (special) {
      fileProblem(folderPath, "file-name", special);
      continue;
    }
    if (!entry.isDirectory()) {
      fileProblem(folderPath, "file-name", `pages belong in a category folder — move it to ${display(errorsDir)}/<category>/${folder}`);
      continue;
    }
    if (!SLUG_PATTERN.test(folder)) {
      problems.push({
        file: display(folderPath),
        line: 1,
        column: 1,
        field: "category",
        code: "file-name",
        message: `category folder "${folder}" is not kebab-case — rename it, e.g. "${kebabCase(folder)}"`,
      });
      continue;
    }
    for (const item of readdirSync(folderPath, { withFileTypes: true }).sort(byName)) {
      const name = item.name;
      const path = join(folderPath, name);
      const file = display(path);
      const itemSpecial = specialEntry(item);
      if (itemSpecial) {
        fileProblem(path, "file-name", itemSpecial);
        continue;
      }
      if (name === CATEGORY_FILE && item.isFile()) {
        const read = readContentFile(path, CATEGORY_MAX_BYTES);
        if (!read.ok) {
          problems.push({ file, line: read.line ?? 1, column: read.column ?? 1, field: "file", code: read.code === "encoding" ? "encoding" : "file-name", message: read.message });
          continue;
        }
        const result = readCategory(file, read.text);
        addProblems(problems, result.problems);
        if (result.value) categories.push({ id: folder, ...result.value });
        continue;
      }
      if (!name.endsWith(".md") || !item.isFile()) {
        problems.push({ file, line: 1, column: 1, field: "file", code: "file-name", message: `not a page: pages are \`<slug>.md\` files and categories have one \`${CATEGORY_FILE}\`` });
        continue;
      }
      const slug = name.slice(0, -3);
      if (!SLUG_PATTERN.test(slug)) {
        problems.push({
          file,
          line: 1,
          column: 1,
          field: "file",
          code: "file-name",
          message: `file name "${name}" is not kebab-case — the name is the page's permanent URL; rename it, e.g. "${kebabCase(slug)}.md"`,
        });
        continue;
      }
      fileIds.add(`${folder}/${slug}`);
      pageFiles.push({ path, file, category: folder, slug });
    }
  }
  return walk;
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
