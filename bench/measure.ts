import type { Measurement } from './benchmark';
import { seededRandom } from './syntheticDrafts';

function percentile(sorted: readonly number[], fraction: number): number {
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

function resampledPercentile(times: readonly number[], fraction: number, random: () => number): number {
  const sample = Array.from(times, () => times[Math.floor(random() * times.length)] ?? 0).sort((a, b) => a - b);
  return percentile(sample, fraction);
}

/**
 * The 95% interval of `fraction`-percentile(times) / `fraction`-percentile(baseline), by resampling each set of
 * times with replacement (a percentile bootstrap): how far one run's ratio can be trusted, given the spread
 * of the times it came from.
 */
export function percentileRatioInterval(times: readonly number[], baseline: readonly number[], fraction = 0.95, resamples = 2000): { low: number; high: number } {
  if (times.length === 0 || baseline.length === 0) return { low: Number.NaN, high: Number.NaN };
  const random = seededRandom(0x5eed);
  const ratios: number[] = [];
  for (let index = 0; index < resamples; index += 1) {
    ratios.push(resampledPercentile(times, fraction, random) / resampledPercentile(baseline, fraction, random));
  }
  ratios.sort((a, b) => a - b);
  return { low: percentile(ratios, 0.025), high: percentile(ratios, 0.975) };
}
