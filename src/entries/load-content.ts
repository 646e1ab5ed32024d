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
import { readCategory, readPage, type Page } from "./read-page.ts";
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

export interface LoadOptions {
  /** Called after each page is read: the build collects garbage every few hundred pages (scripts/build-site.ts). */
  afterPage?: (pagesRead: number) => void;
}

/** One step of loading: a page file has been read (`page` is absent when it could not be parsed). */
export interface PageRead {
  pagesRead: number;
  page?: Page;
}

export function loadContent(dir: string, options: LoadOptions = {}): Content {
  const loading = readContent(dir);
  for (let step = loading.next(); ; step = loading.next()) {
    if (step.done) return step.value;
    options.afterPage?.(step.value.pagesRead);
  }
}

/**
 * The same load, giving control back after every page: the build hands each page to the render workers as it
 * is read and lets them run while the rest loads (scripts/build-site.ts, src/build/prerender.ts).
 */
export async function loadContentAsync(dir: string, afterPage: (read: PageRead) => Promise<void> | void): Promise<Content> {
  const loading = readContent(dir);
  for (let step = loading.next(); ; step = loading.next()) {
    if (step.done) return step.value;
    await afterPage(step.value);
  }
}

function* readContent(dir: string): Generator<PageRead, Content> {
  const problems: Problem[] = [];
  const pages: Page[] = [];
  const categories: Category[] = [];
  /** Every page file's id, parsed or not (cross-checks must not call a link to a broken page dangling). */
  const fileIds = new Set<string>();
  const errorsDir = join(dir, "errors");
  const fileProblem = (path: string, code: Problem["code"], message: string) => problems.push({ file: display(path), line: 1, column: 1, field: "file", code, message });
  let folders: Dirent[];
  try {
    if (lstatSync(errorsDir).isSymbolicLink()) {
      fileProblem(errorsDir, "file-name", "a symbolic link — content is never read through links; make errors/ a real folder");
      return { dir, pages, categories, problems };
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
    return { dir, pages, categories, problems };
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
      const read = readContentFile(path, LIMITS.pageBytes);
      if (!read.ok) {
        problems.push({
          file,
          line: read.line ?? 1,
          column: read.column ?? 1,
          field: "file",
          code: read.code === "too-large" ? "too-large" : read.code === "encoding" ? "encoding" : "file-name",
          message: read.message,
        });
        continue;
      }
      const result = readPage(file, read.text, folder, slug);
      addProblems(problems, result.problems);
      if (result.value) pages.push(result.value);
      yield result.value ? { pagesRead: fileIds.size, page: result.value } : { pagesRead: fileIds.size };
    }
  }
  addProblems(
    problems,
    crossCheck(pages, new Set(categories.map((c) => c.id)), (c) => display(join(errorsDir, c, CATEGORY_FILE)), fileIds),
  );
  addProblems(problems, checkSourceTitles(pages, recordedTitles));
  return { dir, pages, categories, problems: sortProblems(problems) };
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
