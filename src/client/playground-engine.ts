/**
 * The playground's work in the browser: pick the bytes (a sample, a paste, a file, or a frame built
 * with the encoder), replay them through the client model both ways, and render the result. Pure
 * modules do the work (src/decoders, src/playground); this file only reads the form and writes HTML
 * built by the escaping renderer.
 */
import { BEDROCK_NORMAL, getClient, getSample, SSE_NORMAL, type ClientId } from "../decoders/index.ts";
import { html } from "../playground/html.ts";
import { buildOwnSample } from "../playground/options.ts";
import { decodePasted, type PasteFormat } from "../playground/parse-paste.ts";
import { renderView } from "../playground/render-view.ts";
import { buildView, MAX_INPUT_BYTES } from "../playground/view-model.ts";

function parts(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>(".pg-controls")!;
  return {
    form,
    clientId: root.dataset["client"] as ClientId,
    status: root.querySelector<HTMLElement>(".pg-status")!,
    view: root.querySelector<HTMLElement>(".pg-view")!,
    field: (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null,
  };
}

function show(root: HTMLElement, title: string, description: string, bytes: Uint8Array, retry?: Uint8Array): void {
  const p = parts(root);
  const started = performance.now();
  const view = buildView(p.clientId, bytes, retry);
  p.view.innerHTML = renderView(view).value;
  const ms = Math.round(performance.now() - started);
  p.status.innerHTML = html`<span class="muted">Showing:</span> <strong>${title}</strong> — ${description} <span class="muted">(replayed in ${ms} ms)</span>`.value;
  reveal(p.status);
}

/** The outcome must be seen: when the controls pushed it below the screen, bring its start into view. */
function reveal(status: HTMLElement): void {
  const top = status.getBoundingClientRect().top;
  if (top > innerHeight - 120 || top < 0) status.scrollIntoView({ block: "start", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
}

/** An error replaces the previous result: leaving it on screen would read as this paste's outcome. */
export function fail(root: HTMLElement, message: string): void {
  const p = parts(root);
  p.view.replaceChildren();
  p.status.innerHTML = html`<span class="pg-error" role="alert">${message}</span>`.value;
  reveal(p.status);
}

/** Runs one playground path; whatever it throws is shown, never swallowed. */
async function guarded(root: HTMLElement, what: string, run: () => void | Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    fail(root, `${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function showSample(root: HTMLElement, id: string): Promise<void> {
  return guarded(root, "Replaying the sample", () => {
    const sample = getSample(id);
    if (!sample) return fail(root, `Unknown sample ${id}.`);
    show(root, sample.title, sample.description, sample.bytes, sample.retry);
  });
}

export function showBuilt(root: HTMLElement): Promise<void> {
  return guarded(root, "Building the frame", () => {
    const p = parts(root);
    const type = p.field("own-type")?.value ?? "";
    const message = p.field("own-message")?.value ?? "";
    const sample = buildOwnSample(p.clientId, { type, message });
    show(root, sample.title, sample.description, sample.bytes, sample.retry);
  });
}

export function showPasted(root: HTMLElement): Promise<void> {
  return guarded(root, "Replaying the paste", () => {
    const p = parts(root);
    const text = p.field("paste")?.value ?? "";
    if (text.trim() === "") return fail(root, "Paste some bytes first: an xxd or hexdump -C dump, hex or base64.");
    if (text.length > MAX_INPUT_BYTES * 2) return fail(root, `That paste is over ${MAX_INPUT_BYTES * 2} characters; the playground replays at most 8 MiB.`);
    const sse = getClient(p.clientId)?.decoder === "sse";
    // The <select name="format"> offers exactly PasteFormat's values (playground-island.astro).
    const bytes = decodePasted(text, (p.field("format")?.value ?? "auto") as PasteFormat, sse);
    show(root, "Your pasted bytes", `${bytes.length} bytes. A retried request is answered with a normal stream.`, bytes, sse ? SSE_NORMAL : BEDROCK_NORMAL);
  });
}

export function showFile(root: HTMLElement, file: File): Promise<void> {
  return guarded(root, `Reading ${file.name}`, async () => {
    if (file.size > MAX_INPUT_BYTES) return fail(root, `${file.name} is ${file.size} bytes; the playground replays at most 8 MiB.`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sse = getClient(parts(root).clientId)?.decoder === "sse";
    show(root, file.name, `${bytes.length} bytes from your file. A retried request is answered with a normal stream.`, bytes, sse ? SSE_NORMAL : BEDROCK_NORMAL);
  });
}
