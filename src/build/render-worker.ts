/**
 * A render worker (see render-pool.ts): renders the pages it is sent with the same renderPage as the
 * main thread and answers with each page's HTML fragments and the highlighting classes they use.
 */
import { parentPort } from "node:worker_threads";
import type { Page } from "../entries/read-page.ts";
import { renderPage } from "../entries/render.ts";
import { classesUsed } from "./classes-used.ts";
import { declareBuildBase } from "../routes.ts";
import { siteConfig } from "../site-config.ts";

// A worker renders outside Vite too: body links need the site's base path.
declareBuildBase(siteConfig().base);

export interface RenderJob {
  id: string;
  data: Page["data"];
  sections: Page["sections"];
}

async function renderBatch(jobs: RenderJob[]): Promise<void> {
  const results = [];
  for (const job of jobs) {
    const rendered = await renderPage(job as unknown as Page);
    results.push({ id: job.id, rendered, classes: classesUsed(rendered) });
  }
  parentPort!.postMessage(results);
}

// A failed render is an unhandled rejection: it ends this worker, and the pool receives it as the worker's "error".
parentPort!.on("message", (jobs: RenderJob[]) => void renderBatch(jobs));
