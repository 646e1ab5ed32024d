/**
 * Which library an error comes from, seen three ways: the module prefix of its type (`openai.APIConnectionError`),
 * the installed packages in its frames (`site-packages/anthropic/…`, `node_modules/@anthropic-ai/sdk/…`), and a page's
 * `match.packages`. All three reduce to a vendor stem so `anthropic`, `@anthropic-ai/sdk` and `anthropic-sdk-go`
 * compare equal, and `openai` does not.
 */
import type { Frame } from "../types.ts";
import type { FrameLibrary } from "./types.ts";

/** Packages published by one vendor under several names. */
const ALIASES: Record<string, string> = {
  boto3: "aws",
  botocore: "aws",
  aiobotocore: "aws",
  s3transfer: "aws",
  amazon: "aws",
  "aws-sdk": "aws",
  aws: "aws",
  google: "google",
  googleapis: "google",
  vertexai: "google",
  "google-cloud": "google",
  "google-auth": "google",
  "google-auth-library": "google",
  "google-gax": "google",
  "gcp-metadata": "google",
};

/** Type prefixes from standard libraries: they say nothing about the vendor. */
const STANDARD = new Set(
  (
    "builtins exceptions asyncio concurrent ssl socket json http urllib os io typing collections __main__ subprocess " +
    "multiprocessing threading pickle sqlite3 email xml zipfile shutil pathlib select errno " +
    "java javax jdk sun kotlin scala system microsoft std core runtime net node"
  ).split(" "),
);

/** Java-style reverse-domain roots: the vendor is the next segment (`com.anthropic.…`). */
const DOMAIN_ROOTS = new Set(["com", "org", "io", "net", "dev", "ai", "software", "co"]);

/**
 * Reduces a package, module or crate name to a vendor stem.
 * @param name `@anthropic-ai/sdk`, `anthropic`, `github.com/anthropics/anthropic-sdk-go`, `botocore`, `com.anthropic.client`.
 * @returns `anthropic`, `anthropic`, `anthropic`, `aws`, `anthropic`; `""` for standard-library names.
 */
export function vendorStem(name: string): string {
  let s = name.trim().toLowerCase().replace(/_/g, "-");
  if (s.startsWith("@")) s = s.slice(1).split("/")[0] ?? "";
  else if (s.includes("/")) s = s.split("/").filter(Boolean).pop() ?? "";
  const segments = s.split(/\.|::/).filter(Boolean);
  s = (segments.length > 1 && DOMAIN_ROOTS.has(segments[0] ?? "") ? segments[1] : segments[0]) ?? "";
  if (STANDARD.has(s)) return "";
  for (let i = 0; i < 3; i++) s = s.replace(/-(?:sdk|ai|js|python|py|go|java|node|client|api|ruby|rs|dotnet|net)$/, "");
  return ALIASES[s] ?? s;
}

/**
 * The installed library a frame belongs to, from its file path (site-packages, node_modules, Go module cache,
 * Cargo registry, gems) or, when there is no file, its module.
 * @param frame A parsed frame.
 * @returns A vendor stem, or undefined when the frame is the app's own code or unknown.
 */
function frameLibrary(frame: Frame): string | undefined {
  const file = (frame.file ?? "").replace(/\\/g, "/");
  const found =
    /\/(?:site|dist)-packages\/([A-Za-z0-9_.-]+?)(?:\.py)?(?:\/|$)/i.exec(file)?.[1] ??
    /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ??
    /\/pkg\/mod\/([^@]+)@/.exec(file)?.[1] ??
    /\.cargo\/registry\/src\/[^/]+\/([A-Za-z0-9_-]+?)-\d/.exec(file)?.[1] ??
    /\/gems\/([A-Za-z0-9_-]+?)-\d/.exec(file)?.[1] ??
    (!file && frame.module ? frame.module : undefined);
  if (!found) return undefined;
  const stem = vendorStem(found);
  return stem || undefined;
}

/**
 * Libraries seen in a paste's frames, nearest the throw site first, one entry per library.
 * @param frames Frames of the exceptions in the paste.
 * @returns The first frame of each library.
 */
export function librariesInFrames(frames: readonly Frame[]): FrameLibrary[] {
  const seen = new Map<string, FrameLibrary>();
  frames.forEach((frame, index) => {
    const library = frameLibrary(frame);
    if (library && !seen.has(library)) seen.set(library, { library, frame, index });
  });
  return [...seen.values()];
}

/** A frame of the app's own code, as printed: its file path and its function. */
export interface AppFrame {
  file: string;
  function?: string;
}

/**
 * The frames of a paste that are the app's own code (a file path with no installed library in it): a project folder
 * named `claude-proxy` or a class `Claude` says what the app is about, not which library raised the error.
 * @param frames Frames of the exceptions in the paste.
 * @returns Their files and functions, once each.
 */
export function appFrames(frames: readonly Frame[]): AppFrame[] {
  const out = new Map<string, AppFrame>();
  for (const frame of frames) {
    // A bare file name (Java's `DefaultAnthropicClient.java`, .NET's) says nothing of whose code it is: only paths.
    if (!frame.file || !/[\\/]/.test(frame.file) || frameLibrary(frame) !== undefined) continue;
    const key = `${frame.file}\u0000${frame.function ?? ""}`;
    if (!out.has(key)) out.set(key, frame.function ? { file: frame.file, function: frame.function } : { file: frame.file });
  }
  return [...out.values()];
}

/**
 * The vendor stem of a frame hint (`anthropic/lib/bedrock/_stream_decoder.py` → `anthropic`).
 * @param hint A `match.frames` entry.
 * @returns The stem, or undefined for hints that do not start with a package name.
 */
export function hintLibrary(hint: string): string | undefined {
  const path = hint.replace(/\\/g, "/").replace(/^\/+/, "");
  const first = path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : path.split(/[/.]/)[0];
  if (!first || /^(?:src|lib|app|dist|build|tests?)$/.test(first)) return undefined;
  return vendorStem(first) || undefined;
}

/**
 * Whether a text names one of the libraries (`AnthropicException`, `api.anthropic.com`).
 * @param text A line of the paste.
 * @param libraries Vendor stems.
 * @returns The first library named, if any.
 */
export function mentionedLibrary(text: string, libraries: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return libraries.find((lib) => (lib.length >= 5 ? lower.includes(lib) : new RegExp(`\\b${lib}\\b`).test(lower)));
}
