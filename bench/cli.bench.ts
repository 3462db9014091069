import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sharedFixture } from '../tests/sharedFixture';
import type { Benchmark, BenchReport, Measurement } from './benchmark';
import { measure } from './measure';

const ARTICLES = 1000;
const RUNS = 10;
const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'newsdesk.js');

/** Runs a command to its end; a failure stops the benchmark with the command's own words. */
function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-300)}`);
}

function newsdesk(args: string[], cwd: string): void {
  run(process.execPath, [bin, ...args], cwd);
}

function pandocVersion(): string | null {
  const result = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? (result.stdout.split('\n')[0] ?? 'pandoc') : null;
}

/** Pandoc's nearest equivalent of `newsdesk convert`: Markdown with its YAML header to a standalone HTML page. */
function pandocArgs(input: string, output: string): string[] {
  return ['--from', 'markdown', '--to', 'html5', '--standalone', '--quiet', '--metadata', 'title=Article', input, '--output', output];
}

/** One timed run of something too long to repeat, as a measurement. */
function once(name: string, operation: () => void): Measurement {
  const start = performance.now();
  operation();
  const milliseconds = performance.now() - start;
  return { name, runs: 1, meanMs: milliseconds, p50Ms: milliseconds, p95Ms: milliseconds, opsPerSecond: 1000 / milliseconds };
}

/** `count` copies of the seed article, each with its own headline, so no two files are the same. */
function writeArticles(folder: string, count: number): void {
  const seed = readFileSync(sharedFixture('seed-article.md'), 'utf8');
  mkdirSync(folder);
  for (let index = 0; index < count; index += 1) {
    writeFileSync(path.join(folder, `article-${String(index).padStart(4, '0')}.md`), seed.replace(/^headline: (.*)$/m, `headline: $1 (${index + 1})`));
  }
}

function ensureBundle(report: BenchReport): void {
  run(process.execPath, [path.join(root, 'scripts', 'build-cli.js'), '--if-stale'], root);
  report.note('newsdesk runs the bundle in dist/cli (rebuilt first when older than the sources), as after npm install');
}

async function measureAll(report: BenchReport, folder: string): Promise<void> {
  ensureBundle(report);
  const pandoc = pandocVersion();
  report.note(pandoc ? `baseline: ${pandoc}, one process per file` : 'pandoc is not installed (apt-get install pandoc): its baselines are skipped');
  const seed = sharedFixture('seed-article.md');

  report.section('Command line start-up (wall time of one process)');
  const node = await measure('node -e 0 (Node alone)', RUNS, () => run(process.execPath, ['-e', '0'], folder));
  report.figure(node);
  const help = await measure('newsdesk --help', RUNS, () => newsdesk(['--help'], folder));
  report.figure(help, node);
  if (pandoc) report.figure(await measure('pandoc --version', RUNS, () => run('pandoc', ['--version'], folder)));

  report.section(`Convert the seed article (${Math.round(readFileSync(seed).length / 1024)} KB Markdown) to an HTML page`);
  const converted = await measure('newsdesk convert seed.md -o FILE', RUNS, () => newsdesk(['convert', seed, '-o', path.join(folder, 'seed.html')], folder));
  if (pandoc) {
    const baseline = await measure('pandoc seed.md -o FILE', RUNS, () => run('pandoc', pandocArgs(seed, path.join(folder, 'seed-pandoc.html')), folder));
    report.figure(baseline);
    report.figure(converted, baseline);
    report.note(`newsdesk takes ${(converted.meanMs / baseline.meanMs).toFixed(1)}x pandoc's time for one article (goal: within 5x)`);
  } else {
    report.figure(converted);
  }

  const drafts = path.join(folder, 'drafts');
  writeArticles(drafts, ARTICLES);
  report.section(`Convert ${ARTICLES} articles`);
  const batch = once(`newsdesk convert drafts/ -o out/ (one process)`, () => newsdesk(['convert', drafts, '-o', path.join(folder, 'out')], folder));
  if (pandoc) {
    mkdirSync(path.join(folder, 'pandoc-out'));
    const files = Array.from({ length: ARTICLES }, (_, index) => `article-${String(index).padStart(4, '0')}`);
    const baseline = once(`pandoc, once per file (${ARTICLES} processes)`, () => {
      for (const file of files) run('pandoc', pandocArgs(path.join(drafts, `${file}.md`), path.join(folder, 'pandoc-out', `${file}.html`)), folder);
    });
    report.figure(baseline);
    report.figure(batch, baseline);
    report.note(`per article: newsdesk ${(batch.meanMs / ARTICLES).toFixed(1)} ms, pandoc ${(baseline.meanMs / ARTICLES).toFixed(1)} ms (goal: the batch faster than pandoc)`);
  } else {
    report.figure(batch);
    report.note(`per article: newsdesk ${(batch.meanMs / ARTICLES).toFixed(1)} ms`);
  }
}

/** `npm run bench cli`: the command line's start-up, one conversion and a batch of 1,000, against pandoc. */
export const benchmark: Benchmark = {
  name: 'Command line (newsdesk) against pandoc',
  async run(report) {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-bench-cli-'));
    try {
      await measureAll(report, folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
