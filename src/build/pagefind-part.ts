/**
 * One part of the site's Pagefind index in a process of its own (pagefind-index.ts `indexInProcesses`): the parent
 * sends the part's job, this process indexes and writes it with its own Pagefind service, answers `done` and exits,
 * and with it goes everything Pagefind held for the part. Two such processes run at once on a two-core machine.
 */
import { indexPart, type PartJob, type PartMessage } from "./pagefind-index.ts";

function answer(message: PartMessage): Promise<void> {
  return new Promise((resolve) => process.send?.(message, () => resolve()) ?? resolve());
}

process.once("message", (job: PartJob) => {
  indexPart(job.site, job.files, job.outputPath, job.maxFragments)
    .then(() => answer({ type: "done" }))
    .then(() => process.disconnect())
    .catch(async (error: unknown) => {
      await answer({ type: "error", message: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    });
});
