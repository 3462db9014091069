import { Buffer } from 'node:buffer';

const MEGABYTE = 1024 * 1024;

function collect(): void {
  // `npm run bench` starts Node with --expose-gc so retained figures are not noise.
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

/** How much heap `build`'s result keeps alive, in MB (garbage collected before and after). */
export async function retainedMegabytes<T>(build: () => T | Promise<T>): Promise<{ value: T; megabytes: number }> {
  collect();
  const before = process.memoryUsage().heapUsed;
  const value = await build();
  collect();
  const after = process.memoryUsage().heapUsed;
  return { value, megabytes: Math.max(0, after - before) / MEGABYTE };
}

/** The size of a value as JSON, in MB: the baseline a retained figure is compared with. */
export function jsonMegabytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8') / MEGABYTE;
}

/** One memory line: the figure, and its ratio to a baseline measured in the same run. */
export function memoryLine(name: string, megabytes: number, baseline: { name: string; megabytes: number }): string {
  const ratio = baseline.megabytes > 0 ? `${(megabytes / baseline.megabytes).toFixed(1)}x ${baseline.name} (${size(baseline.megabytes)})` : baseline.name;
  return `${name}: ${size(megabytes)} of heap, ${ratio}`;
}

function size(megabytes: number): string {
  return megabytes >= 1 ? `${megabytes.toFixed(2)} MB` : `${(megabytes * 1024).toFixed(1)} KB`;
}
