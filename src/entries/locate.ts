/**
 * Finds where a field path lives in a parsed YAML document, so a problem points at the
 * offending key or value rather than at the top of the file.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";

export interface Located {
  /** Offset (in the YAML text) of the value, or of the key when `key` was asked for. */
  offset: number;
  /** How much of the path exists: a shorter prefix means the rest is missing. */
  depth: number;
}

/** The pair for `key` in a YAML map node, if present. */
function pairOf(node: unknown, key: PropertyKey): Pair | undefined {
  if (!isMap(node)) return undefined;
  for (const item of node.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(key)) return item;
  }
  return undefined;
}

/**
 * Locates `path` in `doc`. With `want: "key"` and a map entry at the end of the path, the offset is
 * the key's; otherwise it is the value's. When the path is only partly present, the deepest
 * existing node is returned, with `depth` telling how far it got.
 */
export function locate(doc: Document.Parsed, path: readonly PropertyKey[], want: "key" | "value" = "value"): Located {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  let depth = 0;
  for (const [i, part] of path.entries()) {
    const last = i === path.length - 1;
    if (isSeq(node) && typeof part === "number") {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      const pair = pairOf(node, part);
      if (!pair) break;
      const keyOffset = (pair.key as Node).range?.[0] ?? offset;
      const value = pair.value as Node | null;
      node = value;
      offset = last && want === "key" ? keyOffset : (value?.range?.[0] ?? keyOffset);
      // An empty value (`causes:` with nothing after it) has no range worth showing: use the key.
      if (value === null || (isScalar(value) && value.value === null)) offset = keyOffset;
    }
    depth = i + 1;
  }
  return { offset, depth };
}

/** Offset of the key of the entry at `path`, falling back to the nearest existing ancestor. */
export function locateKey(doc: Document.Parsed, path: readonly PropertyKey[]): Located {
  return locate(doc, path, "key");
}
