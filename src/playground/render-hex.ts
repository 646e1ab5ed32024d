/**
 * A hex dump of one frame, each byte coloured by the part of the frame it belongs to (prelude,
 * prelude CRC, each header, payload, message CRC), with an ASCII column. Offsets are stream offsets.
 */
import { html, type Html } from "./html.ts";
import type { FrameView, Region } from "./view-model.ts";

const ROW = 16;

function regionAt(regions: readonly Region[], at: number): Region | undefined {
  return regions.find((r) => at >= r.start && at < r.end);
}

export function renderHex(frame: FrameView): Html {
  const rows: Html[] = [];
  for (let rowStart = 0; rowStart < frame.bytes.length; rowStart += ROW) {
    const rowEnd = Math.min(rowStart + ROW, frame.bytes.length);
    const cells: Html[] = [];
    let ascii = "";
    // One span per run of bytes of one region in this row (a region's first byte on its own, underlined):
    // a span per byte made a playground's build-time render most of its page's bytes.
    for (let i = rowStart; i < rowEnd;) {
      const region = regionAt(frame.regions, i);
      const starts = region?.start === i;
      let end = i + 1;
      if (!starts) while (end < rowEnd && regionAt(frame.regions, end) === region && region?.start !== end) end++;
      const hex = Array.from(frame.bytes.subarray(i, end), (b) => b.toString(16).padStart(2, "0")).join(" ");
      cells.push(html`<span class="b r-${region?.kind ?? "none"}${starts ? " r-start" : ""}" title="${region?.label ?? ""}">${hex}</span> `);
      i = end;
    }
    for (let i = rowStart; i < rowEnd; i++) {
      const byte = frame.bytes[i]!;
      ascii += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : ".";
    }
    rows.push(html`<span class="off">${(frame.offset + rowStart).toString(16).padStart(8, "0")}</span> ${cells}${" ".repeat((ROW - (rowEnd - rowStart)) * 3)} <span class="ascii">${ascii}</span> `);
  }
  const cut = frame.totalLength > frame.bytes.length ? html`<span class="muted">… ${frame.totalLength - frame.bytes.length} more bytes not shown</span>` : "";
  return html`<pre class="hex" tabindex="0" aria-label="${`Hex dump of frame ${frame.index + 1}`}">${rows}${cut}</pre>`;
}

export function renderLegend(): Html {
  const items: Array<[Region["kind"], string]> = [
    ["total-length", "total length"],
    ["headers-length", "headers length"],
    ["prelude-crc", "prelude CRC"],
    ["header", "headers"],
    ["payload", "payload"],
    ["message-crc", "message CRC"],
  ];
  return html`<ul class="hex-legend">
    ${items.map(([kind, label]) => html`<li><span class="swatch r-${kind}"></span>${label}</li>`)}
  </ul>`;
}
