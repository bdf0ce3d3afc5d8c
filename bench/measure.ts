/** Honest timing: warm-up runs, then the median of measured runs (ms). */

/** Milliseconds of each of `runs` calls, no warm-up. */
export function timedRuns(fn: () => unknown, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times;
}

/** Median and mean of timed runs after a warm-up (the mean includes the collector's pauses). */
export function measureMs(fn: () => unknown, runs = 21, warmup = 5): { median: number; mean: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times = timedRuns(fn, runs);
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

let chain: Int32Array | undefined;
let position = 0;

/**
 * The machine's memory latency right now (ns per dependent load, median of 11 walks of 200,000
 * steps along one random cycle through 64 MB, each walk going on where the last one stopped): no
 * allocation, no collector, no JIT state, so it shows the state of the (shared) host. The engine's
 * time follows it (README, Speed). The first call builds the cycle (~0.5 s): call it before warming up.
 */
export function memoryLatencyNs(): number {
  if (!chain) {
    const n = 16 << 20;
    chain = new Int32Array(n);
    for (let i = 0; i < n; i++) chain[i] = i;
    // Sattolo's shuffle: one cycle through every slot, so no walk settles in a short loop.
    let x = 12345;
    for (let i = n - 1; i > 0; i--) {
      x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
      const j = x % i;
      const t = chain[i];
      chain[i] = chain[j];
      chain[j] = t;
    }
  }
  const c = chain;
  const steps = 200_000;
  const ms = medianMs(() => {
    let j = position;
    for (let i = 0; i < steps; i++) j = c[j];
    position = j;
  }, 11, 1);
  return (ms * 1e6) / steps;
}

export function emit(record: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(record) + "\n");
}
