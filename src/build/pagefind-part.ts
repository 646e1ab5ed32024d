/**
 * One part of the site's Pagefind index, in a process of its own (pagefind-index.ts `indexOverlapped`): the parent
 * sends `add` (a folder of the part's pages, staged), this process adds them to a new index in its own Pagefind
 * service and answers `added`; the parent sends `write` when the part before has been written, and this process writes
 * the bundle, ends its service, answers `done` and exits. A process per part, so what Pagefind held for a part is gone
 * with it, and the next part's pages can be added while this one writes.
 */
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { addPart, writePart, type PartJob, type PartMessage } from "./pagefind-index.ts";

let index: PagefindIndex | undefined;

function answer(message: PartMessage): Promise<void> {
  return new Promise((resolve) => process.send?.(message, () => resolve()) ?? resolve());
}

async function run(job: PartJob): Promise<void> {
  if (job.type === "add") {
    index = await addPart(job.staging, job.pages);
    await answer({ type: "added" });
    return;
  }
  if (!index) throw new Error("asked to write before any pages were added");
  await writePart(index, job.outputPath);
  await pagefind.close();
  await answer({ type: "done" });
  process.disconnect();
}

process.on("message", (job: PartJob) => {
  run(job).catch(async (error: unknown) => {
    await answer({ type: "error", message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
});
