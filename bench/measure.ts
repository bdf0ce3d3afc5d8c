/** Honest timing: warm-up runs, then the median of measured runs (ms). */

/** Median and mean of timed runs after a warm-up (the mean includes the collector's pauses). */
export function measureMs(fn: () => unknown, runs = 21, warmup = 5): { median: number; mean: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  return { median: median(times), mean };
}

export function medianMs(fn: () => unknown, runs = 21, warmup = 5): number {
  return measureMs(fn, runs, warmup).median;
}

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function medianMsAsync(fn: () => Promise<unknown>, runs = 11, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export function emit(record: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(record) + "\n");
}
