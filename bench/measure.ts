import type { Measurement } from './benchmark';

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/** Mean, median, 95th percentile and rate of times measured elsewhere (in a page, say), in milliseconds. */
export function summarize(name: string, times: readonly number[]): Measurement {
  const runs = times.length;
  const total = times.reduce((sum, time) => sum + time, 0);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    runs,
    meanMs: runs === 0 ? 0 : total / runs,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    opsPerSecond: total === 0 ? Number.POSITIVE_INFINITY : (runs * 1000) / total,
  };
}

/**
 * Runs `operation` `runs` times (after a few warm-up runs) and returns mean, median and 95th
 * percentile in milliseconds and operations per second. `operation` gets the run's index so it
 * can vary its input.
 */
export async function measure(name: string, runs: number, operation: (index: number) => unknown): Promise<Measurement> {
  for (let index = 0; index < Math.min(5, runs); index += 1) await operation(index);
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await operation(index);
    times.push(performance.now() - start);
  }
  return summarize(name, times);
}
