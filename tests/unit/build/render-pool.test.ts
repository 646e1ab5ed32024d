/** The render queue (src/build/render-pool.ts): workers wait on it while pages are still being loaded. */
import { describe, expect, it } from "vitest";
import { JobQueue } from "../../../src/build/render-pool.ts";
import type { RenderJob } from "../../../src/build/render-worker.ts";

const job = (id: string) => ({ id, data: {}, sections: [] }) as unknown as RenderJob;

describe("JobQueue", () => {
  it("hands out jobs in the order added, at most n at a time", async () => {
    const queue = new JobQueue();
    for (const id of ["a", "b", "c"]) queue.push(job(id));
    expect((await queue.take(2)).map((j) => j.id)).toEqual(["a", "b"]);
    expect((await queue.take(2)).map((j) => j.id)).toEqual(["c"]);
  });

  it("waits while it is empty and open, wakes on the next job, and ends with an empty batch once closed", async () => {
    const queue = new JobQueue();
    const events: string[] = [];
    const first = queue.take(5).then((batch) => events.push(`got ${batch.map((j) => j.id).join(",")}`));
    const second = queue.take(5).then((batch) => events.push(`got ${batch.length}`));
    await Promise.resolve();
    expect(events).toEqual([]);
    queue.push(job("x"));
    await first;
    expect(events).toEqual(["got x"]);
    queue.close();
    await second;
    expect(events).toEqual(["got x", "got 0"]);
    expect(await queue.take(5)).toEqual([]);
  });
});
