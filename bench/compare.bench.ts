import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareArticles, type ArticleState } from '../electron/shared/review/compareArticles';
import { defaultSiteSettings } from '../electron/shared/model/settings';
import { launchApp, rendererRoot, type LaunchedApp } from '../tests/e2e/harness';
import { seedArticleBody } from '../tests/unit/fixtures/seedArticleBody';
import { seedArticleRevisions } from '../tests/shared/seedArticleRevisions';
import { wordCount } from '../electron/shared/model/wordCount';
import type { Benchmark, BenchReport, Measurement } from './benchmark';
import { measure, summarize } from './measure';

const OPENS = 6;
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

type Pair = { first: ArticleState; second: ArticleState };

const fields = { kicker: '', dek: '', authorName: '', authorBio: '', dateline: '', section: '', tags: [], language: defaultSiteSettings.defaultLanguage, seoTitle: '', seoDescription: '', slug: 'bench', leadImage: null };

/** The two revisions of the reference article, `copies` times over in one body (every copy has the known edits). */
function longPair(copies: number): Pair {
  const { first, second } = seedArticleRevisions(seedArticleBody());
  const repeat = (content: typeof first.body.content) => ({ type: 'doc' as const, content: Array.from({ length: copies }, () => content).flat() });
  return {
    first: { fields: { ...fields, ...first.fields }, body: repeat(first.body.content) },
    second: { fields: { ...fields, ...second.fields }, body: repeat(second.body.content) },
  };
}

/** The second revision with one word changed in its middle paragraph only (a light edit of a long article). */
function lightlyEdited(pair: Pair): ArticleState {
  const content = pair.first.body.content?.map((block) => structuredClone(block)) ?? [];
  const middle = content[Math.floor(content.length / 2)];
  if (middle && typeof middle === 'object') Reflect.set(middle, 'content', [{ type: 'text', text: 'A single rewritten sentence in the middle.' }]);
  return { fields: pair.first.fields, body: { type: 'doc', content } };
}

function words(state: ArticleState): number {
  return wordCount(state.body);
}

async function openCompare(app: LaunchedApp, pair: Pair): Promise<void> {
  const created = await app.engine.call('drafts:create', { changes: { ...pair.first.fields, body: pair.first.body } });
  if (!created.ok) throw new Error(created.error.message);
  await app.engine.call('revisions:create', { draftId: created.value.id, label: 'First take' });
  const saved = await app.engine.call('drafts:save', { id: created.value.id, baseVersion: created.value.version, changes: { headline: pair.second.fields.headline, body: pair.second.body } });
  if (!saved.ok) throw new Error(saved.error.message);
  await app.page.reload();
  await app.page.getByRole('listbox').getByRole('option', { name: pair.second.fields.headline }).click();
  await app.page.getByRole('textbox', { name: 'Article body' }).waitFor();
  await app.page.getByRole('button', { name: 'History', exact: true }).click();
}

/** From pressing "Compare" in History to the compare view drawn with its count and marked body, in Chromium. */
async function compareViewOpen(name: string, pair: Pair, report: BenchReport): Promise<Measurement> {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-compare-'));
  const app = await launchApp({ dbPath: path.join(folder, 'bench.sqlite') });
  try {
    await openCompare(app, pair);
    const history = app.page.getByRole('complementary', { name: 'History' });
    const times: number[] = [];
    let count = '';
    for (let run = 0; run <= OPENS; run += 1) {
      await history.getByRole('button', { name: /First take/ }).click();
      await history.getByRole('button', { name: 'Compare', exact: true }).waitFor();
      const start = performance.now();
      await history.getByRole('button', { name: 'Compare', exact: true }).click();
      await app.page.locator('.compare__count').filter({ hasText: /changes?$/ }).waitFor();
      await app.page.locator('.article-body--compare').waitFor();
      await app.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      if (run > 0) times.push(performance.now() - start);
      count = await app.page.locator('.compare__count').innerText();
      await app.page.getByRole('button', { name: 'Back to the draft', exact: true }).click();
      await history.waitFor();
    }
    report.note(`${name}: ${words(pair.second).toLocaleString('en')} words, ${count}`);
    return summarize(name, times);
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Comparing versions: the change finding itself (in Node, as the engine and CLI run it) on the
 * reference article and on a 10,000-word article, and opening the compare view in Chromium
 * through the test harness for both.
 */
export const benchmark: Benchmark = {
  name: 'compare',
  async run(report) {
    const seed = longPair(1);
    const long = longPair(19);
    report.section('Finding the changes (compareArticles, Node)');
    report.note(`seed article ${words(seed.second)} words; long article ${words(long.second).toLocaleString('en')} words, the known body edits in each of its 19 copies`);
    const baseline = await measure('seed article, 6 edits', 10, () => compareArticles(seed.first, seed.second));
    report.figure(baseline);
    report.figure(await measure('10k words, one edit in the middle', 5, () => compareArticles(long.first, lightlyEdited(long))), baseline);
    report.figure(await measure('10k words, the edits in all 19 copies', 3, () => compareArticles(long.first, long.second)), baseline);

    report.section('Opening the compare view (click to drawn frame, Chromium)');
    if (!existsSync(path.join(rendererRoot, 'index.html')) || !existsSync(chromium)) {
      report.note(`skipped: needs the built renderer (npm run build:renderer) and Chromium at ${chromium}`);
      return;
    }
    const viewBaseline = await compareViewOpen('seed article', seed, report);
    report.figure(viewBaseline);
    report.figure(await compareViewOpen('10k words, the edits in all 19 copies', long, report), viewBaseline);
  },
};
