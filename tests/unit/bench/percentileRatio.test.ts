import { describe, expect, it } from 'vitest';
import { percentileRatioInterval } from '../../../bench/measure';

/** Times spread like a keystroke's: most near `base`, a tail up to about twice it (deterministic). */
function keyTimes(count: number, base: number, seed: number): number[] {
  return Array.from({ length: count }, (_, index) => {
    const spread = ((index * 7919 + seed * 104729) % 1000) / 1000;
    return base * (1 + spread ** 4);
  });
}

describe('the interval of a p95 ratio', () => {
  it('is exactly the ratio when neither set of times varies', () => {
    expect(percentileRatioInterval(Array(240).fill(6), Array(240).fill(4))).toEqual({ low: 1.5, high: 1.5 });
  });

  it('holds 1 for two runs of the same editor, and says how wide one run leaves it', () => {
    const { low, high } = percentileRatioInterval(keyTimes(240, 3, 1), keyTimes(240, 3, 2));
    expect(low).toBeLessThan(1);
    expect(high).toBeGreaterThan(1);
    expect(high - low).toBeGreaterThan(0.05);
  });

  it('lies above 1 when one editor is a third slower at every key', () => {
    const { low, high } = percentileRatioInterval(keyTimes(240, 4, 1), keyTimes(240, 3, 2));
    expect(low).toBeGreaterThan(1.1);
    expect(high).toBeLessThan(1.6);
  });

  it('is the same for the same times (a seeded resampling), so two reports of one run agree', () => {
    const times = keyTimes(240, 4, 3);
    const baseline = keyTimes(240, 3, 4);
    expect(percentileRatioInterval(times, baseline)).toEqual(percentileRatioInterval(times, baseline));
  });
});
