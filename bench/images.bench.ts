import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createEngine } from '../electron/core/engine';
import { imageIdOf } from '../electron/core/images/prepareImage';
import { storeImage } from '../electron/core/images/storeImage';
import { launchApp, rendererRoot, type LaunchedApp } from '../tests/e2e/harness';
import { makePhoto } from '../tests/unit/images/photoFixtures';
import type { Benchmark, BenchReport, Measurement } from './benchmark';
import { measure } from './measure';

const FIGURES = 30;
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function benchStore(report: BenchReport): Promise<void> {
  report.section('Storing a 24-megapixel JPEG (6000 × 4000) with its copies');
  const photo = await makePhoto(6000, 4000);
  report.note(`photo: ${(photo.length / 1024 / 1024).toFixed(1)} MB`);
  const engine = createEngine({ dbPath: ':memory:' });
  try {
    const baseline = await measure('baseline: one sharp re-encode at full size', 3, () => sharp(photo).jpeg({ quality: 90 }).toBuffer());
    report.figure(baseline);
    report.figure(
      await measure('store: type, checks, 640/1024/1600/full copies, metadata, SQLite', 3, async () => {
        engine.db.prepare('DELETE FROM images').run();
        await storeImage(engine.db, 'photo.jpg', photo, new Date());
      }),
      baseline,
    );
    const hash = await measure('baseline: SHA-256 of the file', 10, () => imageIdOf(photo));
    report.figure(await measure('store the same file again (found by hash)', 10, () => storeImage(engine.db, 'photo.jpg', photo, new Date())), hash);
    const bytes = engine.db.prepare('SELECT sum(length(bytes)) FROM image_files').pluck().get();
    report.note(`stored copies: ${(Number(bytes) / 1024 / 1024).toFixed(1)} MB in the database`);
  } finally {
    engine.close();
  }
}

async function draftWithPictures(app: LaunchedApp, headline: string, pictures: boolean, ids: string[]): Promise<void> {
  const content = Array.from({ length: FIGURES }, (_, index) => [
    { type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${index + 1} of the story, with a sentence or two of copy around the picture.` }] },
    ...(pictures ? [{ type: 'figure', attrs: { image: ids[index % ids.length], alt: `Picture ${index + 1}`, caption: 'A caption.', credit: 'Ana Ruiz', width: 3000, height: 2000 } }] : []),
  ]).flat();
  const created = await app.engine.call('drafts:create', { changes: { headline, body: { type: 'doc', content } } });
  if (!created.ok) throw new Error(created.error.message);
}

async function openAndWait(app: LaunchedApp, headline: string, pictures: boolean): Promise<void> {
  await app.page.reload();
  await app.page.getByRole('option', { name: new RegExp(headline) }).click();
  await app.page.getByRole('textbox', { name: 'Article body' }).waitFor();
  if (!pictures) return;
  await app.page.waitForFunction(
    (count) => {
      const images = [...document.querySelectorAll('.figure-card__image')];
      return images.length === count && images.every((image) => image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0);
    },
    FIGURES,
    { timeout: 120_000 },
  );
}

async function benchOpen(report: BenchReport): Promise<void> {
  report.section(`Opening a draft with ${FIGURES} pictures (Chromium through the harness, until every picture is shown)`);
  if (!existsSync(path.join(rendererRoot, 'index.html')) || !existsSync(chromium)) {
    report.note(`skipped: needs the built renderer (npm run build:renderer) and Chromium at ${chromium}`);
    return;
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-images-bench-'));
  const app = await launchApp({ dbPath: path.join(folder, 'bench.sqlite') });
  try {
    const ids: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const file = path.join(folder, `photo-${index}.jpg`);
      writeFileSync(file, await makePhoto(3000, 2000));
      ids.push((await storeImage(app.engine.db, `photo-${index}.jpg`, await sharp(file).toBuffer().then((buffer) => new Uint8Array(buffer)), new Date())).id);
    }
    report.note(`10 distinct 6-megapixel photos, each used 3 times`);
    await draftWithPictures(app, 'Words only', false, ids);
    await draftWithPictures(app, 'Thirty pictures', true, ids);
    const baseline: Measurement = await measure(`baseline: the same ${FIGURES} paragraphs without pictures`, 5, () => openAndWait(app, 'Words only', false));
    report.figure(baseline);
    report.figure(await measure(`${FIGURES} figures, every picture loaded`, 5, () => openAndWait(app, 'Thirty pictures', true)), baseline);
    const session = await app.page.context().newCDPSession(app.page);
    await session.send('Performance.enable');
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
    const nodes = metrics.find((metric) => metric.name === 'Nodes')?.value ?? 0;
    const shown = await app.page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/images/')).reduce((sum, entry) => sum + (entry instanceof PerformanceResourceTiming ? entry.encodedBodySize : 0), 0));
    await openAndWait(app, 'Words only', false);
    const { metrics: wordsMetrics } = await session.send('Performance.getMetrics');
    const wordsHeap = wordsMetrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
    report.note(`memory with ${FIGURES} pictures open: page JS heap ${(heap / 1024 / 1024).toFixed(1)} MB (words-only draft: ${(wordsHeap / 1024 / 1024).toFixed(1)} MB), ${nodes} DOM nodes; picture bytes fetched since the last load ${(shown / 1024 / 1024).toFixed(1)} MB (1024-px copies; decoded bitmaps live in Chromium's image cache, outside the JS heap)`);
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Pictures: storing a 24-megapixel JPEG with its copies against one plain re-encode, a duplicate
 * against hashing it, and opening a draft with 30 pictures against the same draft without them.
 */
export const benchmark: Benchmark = {
  name: 'images',
  async run(report) {
    await benchStore(report);
    await benchOpen(report);
  },
};
