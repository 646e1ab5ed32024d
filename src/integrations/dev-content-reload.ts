/**
 * `npm run dev` shows new and changed pages without a restart. The content is read once per process
 * (src/site-data.ts caches it, which a build needs), and Vite only watches imported modules, not
 * content/. This plugin watches the content folder and, on any change, invalidates every server-side
 * module (so the cache and the routes' static paths are rebuilt on the next request) and reloads the
 * browser.
 */
import { resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";

export default function devContentReload(dir: string): Plugin {
  const root = resolve(dir);
  return {
    name: "errata:dev-content-reload",
    apply: "serve",
    configureServer(server: ViteDevServer) {
      server.watcher.add(root);
      const changed = (file: string) => {
        if (!resolve(file).startsWith(root)) return;
        for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
        server.ws.send({ type: "full-reload" });
      };
      server.watcher.on("add", changed);
      server.watcher.on("change", changed);
      server.watcher.on("unlink", changed);
    },
  };
}
