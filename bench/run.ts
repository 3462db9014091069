import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Benchmark } from './benchmark';
import { consoleReport } from './consoleReport';

function isBenchmark(value: unknown): value is Benchmark {
  return typeof value === 'object' && value !== null && 'name' in value && 'run' in value && typeof value.run === 'function';
}

/** Runs every `bench/*.bench.ts` (or those whose name contains argv[2]) and prints their figures. */
async function run(): Promise<void> {
  const folder = path.dirname(fileURLToPath(import.meta.url));
  const filter = process.argv[2] ?? '';
  const files = readdirSync(folder).filter((name) => name.endsWith('.bench.ts') && name.includes(filter)).sort();
  const report = consoleReport();
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(folder, file)).href)) as Record<string, unknown>;
    const benchmark = module.benchmark;
    if (!isBenchmark(benchmark)) {
      console.error(`${file} exports no benchmark; skipped`);
      continue;
    }
    console.log(`\n== ${benchmark.name} (${file})`);
    await benchmark.run(report);
  }
}

await run();
