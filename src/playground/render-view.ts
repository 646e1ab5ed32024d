/**
 * Renders a {@link PlaygroundView} as HTML: the two outcomes side by side, the event sequence and
 * the frames (decoded headers, payload, CRCs and a marked hex dump). Shared by the build and the
 * browser; all values are escaped by `html`.
 */
import { html, type Html } from "./html.ts";
import { renderHex, renderLegend } from "./render-hex.ts";
import type { OutcomeView, PlaygroundView } from "./view-model.ts";
import { routes } from "../routes.ts";

/** Lone UTF-16 surrogates (from `\\ud800` escapes in JSON) → U+FFFD: `encodeURIComponent` throws on them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Where the "find this error" link sends the text: the fragment never leaves the browser. */
export function lookupHref(text: string): string {
  return routes.lookup(text.replace(LONE_SURROGATE, "\uFFFD"));
}

function outcome(title: string, subtitle: string, view: OutcomeView, withLookup: boolean): Html {
  const attempts =
    view.attempts && view.attempts.length > 1
      ? html`<ol class="attempts">
          ${view.attempts.map((a) => html`<li class="${a.ok ? "ok" : "err"}">Attempt ${a.attempt}${a.delayMs > 0 ? ` after ${a.delayMs / 1000} s back-off` : ""} (${a.input === "original" ? "the replayed stream" : "a new request"}): <code>${a.line}</code></li>`)}
        </ol>`
      : "";
  const facts = [
    view.status !== undefined ? `status ${view.status}` : "",
    view.errorType ? `type ${view.errorType}` : "",
    view.retryable === true ? "retryable" : view.retryable === false ? "not retried" : "",
  ].filter(Boolean);
  return html`<div class="${`outcome ${view.ok ? "ok" : "err"}`}">
    <h4>${title} <span class="muted">${subtitle}</span></h4>
    <pre class="outcome-line"><code>${view.line}</code></pre>
    ${facts.length > 0 ? html`<p class="facts">${facts.join(" · ")}</p>` : ""} ${attempts}
    ${withLookup && !view.ok ? html`<p><a class="button lookup-link" href="${lookupHref(view.line)}">Find this error in the lookup</a></p>` : ""}
  </div>`;
}

function renderOutcomes(view: PlaygroundView): Html {
  const final = view.after.attempts && view.after.attempts.length > 1 ? (view.after.ok ? "retried, then succeeded" : "retried, then gave up") : view.after.ok ? "no error" : "typed error";
  return html`<div class="outcomes">${outcome("Before", "the client as shipped", view.before, true)} ${outcome("After", `with the fix: ${final}`, view.after, false)}</div>`;
}

function renderEvents(view: PlaygroundView): Html {
  if (view.events.length === 0) return html`<p class="muted">The client produced no events before it stopped.</p>`;
  return html`<ol class="events">
      ${view.events.map((e) => html`<li><code class="ev">${e.type || "(no event name)"}</code> <span class="ev-data">${e.data.length > 160 ? `${e.data.slice(0, 160)}…` : e.data}</span></li>`)}
    </ol>
    ${view.eventsHidden > 0 ? html`<p class="muted">${view.eventsHidden} more events not shown.</p>` : ""}`;
}

function renderFrames(view: PlaygroundView): Html {
  if (view.decoder !== "aws-eventstream") return html``;
  const frames = view.frames.map((f) => {
    const open = f.messageType !== "event";
    return html`<details class="frame" ${open ? html`open` : ""}>
      <summary>Frame ${f.index + 1} · <code>${f.kind}</code> · ${f.messageType} · ${f.totalLength} bytes at offset ${f.offset}</summary>
      <div class="table-scroll" tabindex="0" role="group" aria-label="${`Headers of frame ${f.index + 1}`}">
        <table class="headers">
          <thead>
            <tr>
              <th scope="col">Header</th>
              <th scope="col">Type</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            ${f.headers.map(
              (h) =>
                html`<tr>
                  <td><code>${h.name}</code></td>
                  <td>${h.type}</td>
                  <td><code>${h.value}</code></td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="crcs">Prelude CRC-32 <code>${f.preludeCrc}</code> ✓ · Message CRC-32 <code>${f.messageCrc}</code> ✓</p>
      <p>Payload (${f.payloadBytes} bytes):</p>
      <pre class="payload" tabindex="0" aria-label="${`Payload of frame ${f.index + 1}`}"><code>${f.payloadText ?? "(not UTF-8 text)"}</code></pre>
      ${renderHex(f)}
    </details>`;
  });
  return html`${renderLegend()}${frames} ${view.framesHidden > 0 ? html`<p class="muted">${view.framesHidden} more frames not shown (the playground shows the first ${view.frames.length}).</p>` : ""}
  ${view.wireError ? html`<p class="wire-error" role="alert">Decoding stopped at byte ${view.wireError.offset}: ${view.wireError.message}</p>` : ""}`;
}

/** Everything below the controls. */
export function renderView(view: PlaygroundView): Html {
  return html`<h3 class="pg-h">Outcome</h3>
    ${renderOutcomes(view)}
    <h3 class="pg-h">Events the client produced (before)</h3>
    ${renderEvents(view)}
    ${
      view.decoder === "aws-eventstream"
        ? html`<h3 class="pg-h">Frames</h3>
            ${renderFrames(view)}`
        : ""
    }
    ${
      view.rawText !== undefined
        ? html`<h3 class="pg-h">The response body (text/event-stream)</h3>
            <pre class="payload" tabindex="0" aria-label="The response body"><code>${view.rawText}</code></pre>`
        : ""
    }
    <p class="muted input-size">${view.inputBytes} bytes replayed in your browser${view.inputBytes > 8 * 1024 * 1024 ? " (only the first 8 MiB were decoded)" : ""}.</p>`;
}
