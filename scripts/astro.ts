/**
 * Runs the Astro CLI with telemetry off. Astro reads only the environment for that
 * (ASTRO_TELEMETRY_DISABLED), before it loads astro.config.mjs, so the project's own scripts set it
 * here: `npm run build/dev/preview` never send usage data nor print the telemetry notice.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";

// The package exports no path to its CLI; its bin (bin/astro.mjs) sits next to dist/.
const astro = join(createRequire(import.meta.url).resolve("astro"), "..", "..", "bin", "astro.mjs");
const result = spawnSync(process.execPath, [astro, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
