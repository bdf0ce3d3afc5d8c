/**
 * The default number of workers: one per core once a batch repays every worker's own warm-up,
 * one thread below that (measured break-even on 2 cores: about 200 files, src/cli/batch/jobs.ts).
 */
import { describe, expect, it } from "vitest";
import { autoJobs, parallelFromFiles } from "../../src/cli/batch/jobs";

describe("autoJobs", () => {
  it("runs small batches in one thread and large ones on every core", () => {
    expect(autoJobs(1, 2)).toBe(1);
    expect(autoJobs(30, 2)).toBe(1);
    expect(autoJobs(199, 2)).toBe(1);
    expect(autoJobs(200, 2)).toBe(2);
    expect(autoJobs(1000, 2)).toBe(2);
    expect(autoJobs(133, 4)).toBe(1);
    expect(autoJobs(134, 4)).toBe(4);
    expect(autoJobs(10_000, 1)).toBe(1);
  });

  it("parallelFromFiles is the smallest batch that gets every core", () => {
    for (const cores of [2, 3, 4, 8, 16]) {
      const from = parallelFromFiles(cores);
      expect(autoJobs(from, cores)).toBe(cores);
      expect(autoJobs(from - 1, cores)).toBe(1);
    }
  });
});
