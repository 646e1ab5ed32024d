/**
 * Page state (the search query, the filters, a pasted trace) kept in the URL fragment: it is never
 * sent to a server, survives reload, and comes back on Back. `replaceState` keeps typing from adding
 * history entries. A paste too long for a comfortable URL goes to sessionStorage instead, and the
 * fragment says so (`#q=session`), so a very large trace still comes back on reload and Back.
 */
export type FragmentState = Record<string, string>;

/** Longest encoded fragment written to the URL; longer state goes to sessionStorage. */
const MAX_FRAGMENT = 32_000;
/** Longest text kept at all (the lookup reads at most 1 MiB of a paste; storing megabytes costs seconds). */
const MAX_KEPT = 1_048_576;
const SESSION_KEY = "errata-fragment:";
const SESSION_MARK = "session";

/** Parses `#q=…&tool=…` (pure). Empty values are dropped. */
export function parseFragment(hash: string): FragmentState {
  const state: FragmentState = {};
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ""))) if (value !== "") state[key] = value;
  return state;
}

/** Builds the fragment for a state (pure): "" for an empty state, else `#key=value&…` in key order given. */
export function formatFragment(state: FragmentState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value !== "") params.set(key, value);
  const text = params.toString();
  return text === "" ? "" : `#${text}`;
}

function storage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

/** Reads the state of this page from its fragment (or sessionStorage, for a large paste). */
export function readState(): FragmentState {
  const state = parseFragment(location.hash);
  if (state["q"] === SESSION_MARK) {
    const saved = storage()?.getItem(SESSION_KEY + location.pathname);
    if (saved) state["q"] = saved;
    else delete state["q"];
  }
  return state;
}

/** Writes the state into the current history entry, without adding one and without a request. */
export function writeState(state: FragmentState): void {
  const q = state["q"] ?? "";
  // Encoded text is at least as long as the text: skip encoding what cannot fit anyway.
  let fragment = q.length > MAX_FRAGMENT ? "" : formatFragment(state);
  if (q.length > MAX_FRAGMENT || fragment.length > MAX_FRAGMENT) {
    let saved = false;
    try {
      if (q.length <= MAX_KEPT) {
        storage()?.setItem(SESSION_KEY + location.pathname, q);
        saved = true;
      }
    } catch {
      // Over the storage quota (a paste of megabytes): this one is not kept.
    }
    fragment = formatFragment({ ...state, q: saved ? SESSION_MARK : "" });
  }
  if (fragment === location.hash || (fragment === "" && location.hash === "")) return;
  history.replaceState(history.state, "", `${location.pathname}${location.search}${fragment}`);
}
