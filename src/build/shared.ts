/**
 * One build, one copy of the expensive things. `npm run build` (scripts/build.ts) loads, validates and
 * renders the content once, then starts Astro in the same process; Astro bundles src/ into its own
 * chunks, so module-level caches are not shared with the build script — values placed here, on
 * `globalThis` under a registered symbol, are. Without a build script (astro dev, tests) every getter
 * falls back to computing the value itself.
 */
const KEY = Symbol.for("errata.build.shared");

type Store = Map<string, unknown>;

function store(): Store {
  const g = globalThis as unknown as Record<symbol, Store | undefined>;
  return (g[KEY] ??= new Map<string, unknown>());
}

/** The shared value for `name`, made once per process by `make`. */
export function shared<T>(name: string, make: () => T): T {
  const s = store();
  if (!s.has(name)) s.set(name, make());
  return s.get(name) as T;
}

/** The shared value for `name` if one was set. */
export function peekShared<T>(name: string): T | undefined {
  return store().get(name) as T | undefined;
}

export function setShared<T>(name: string, value: T): void {
  store().set(name, value);
}
