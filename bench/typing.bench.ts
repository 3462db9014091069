import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchApp, rendererRoot, type LaunchedApp } from '../tests/e2e/harness';
import { seedArticleBody } from '../tests/unit/fixtures/seedArticleBody';
import type { Benchmark, BenchReport, Measurement } from './benchmark';
import { measure } from './measure';

const KEYS = 60;
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The seed article's body `copies` times over, ads and related links included. */
function longBody(copies: number) {
  const seed = seedArticleBody();
  return { type: 'doc' as const, content: Array.from({ length: copies }, () => seed.content).flat() };
}

async function openArticle(app: LaunchedApp, copies: number, checklist: boolean): Promise<string> {
  const headline = `Typing bench ${copies}`;
  const created = await app.engine.call('drafts:create', { changes: { headline, body: longBody(copies) } });
  if (!created.ok) throw new Error(created.error.message);
  await app.page.reload();
  await app.page.getByRole('option', { name: new RegExp(headline) }).click();
  const body = app.page.getByRole('textbox', { name: 'Article body' });
  await body.waitFor();
  if (checklist) await app.page.getByRole('button', { name: 'Checklist', exact: true }).click();
  await body.locator(':scope > p').nth(2).click();
  await app.page.keyboard.press('End');
  return (await app.page.locator('.status-bar__stats').innerText()).split('\n')[0] ?? '';
}

/** From a key press to the next frame the page paints after handling it, one key at a time. */
async function keyToFrame(name: string, copies: number, checklist: boolean, report: BenchReport): Promise<Measurement> {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-typing-'));
  const app = await launchApp({ dbPath: path.join(folder, 'bench.sqlite') });
  try {
    const words = await openArticle(app, copies, checklist);
    report.note(`${name}: ${words}`);
    const text = 'The quick brown fox jumps over the lazy dog. ';
    return await measure(name, KEYS, async (index) => {
      await app.page.keyboard.press(text[index % text.length] === ' ' ? 'Space' : (text[index % text.length] ?? 'a'));
      await app.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    });
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Typing in the editor, in Chromium through the test harness: how long from a key to the painted
 * frame in a 20,000-word article, against the seed article (about 540 words) as the baseline.
 */
export const benchmark: Benchmark = {
  name: 'typing',
  async run(report) {
    report.section('Typing in the body (key to painted frame)');
    if (!existsSync(path.join(rendererRoot, 'index.html')) || !existsSync(chromium)) {
      report.note(`skipped: needs the built renderer (npm run build:renderer) and Chromium at ${chromium}`);
      return;
    }
    const baseline = await keyToFrame('seed article', 1, false, report);
    report.figure(baseline);
    report.figure(await keyToFrame('40 seed articles in one', 40, false, report), baseline);
    report.figure(await keyToFrame('40 seed articles, checklist open', 40, true, report), baseline);
  },
};
