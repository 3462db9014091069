import { Buffer } from 'node:buffer';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from '../electron/core/db/connect';
import { importCatalogFeed } from '../electron/core/catalog/importCatalogFeed';
import { parseFeed } from '../electron/core/catalog/parseFeed';
import { searchCatalog } from '../electron/core/catalog/searchCatalog';
import { suggestRelated } from '../electron/core/catalog/suggestRelated';
import type { Benchmark, BenchReport } from './benchmark';
import { rankLikeRows, type LikeRow } from './likeBaseline';
import { measure, summarize } from './measure';
import { memoryLine, retainedMegabytes } from './retainedMemory';

const ITEMS = 5000;
const NOW = '2023-01-02T00:00:00.000Z';
const words = ['election', 'budget', 'storm', 'coast', 'ukraine', 'china', 'trade', 'minister', 'court', 'health', 'school', 'energy', 'prices', 'football', 'climate', 'flood', 'bank', 'market', 'police', 'strike'];
const sections = ['World', 'Politics', 'Business', 'Sport', 'Science'];
const queries = ['storm', 'energy pri', 'minister court', 'ukraine trade', 'flo', 'football strike', 'climate', 'bank market police', 'sch', 'the'];

function word(index: number, salt: number): string {
  return words[(index * 7 + salt * 13) % words.length] ?? 'news';
}

/** An RSS 2.0 feed of `count` articles, an hour apart, with CDATA summaries. */
function syntheticFeed(count: number): string {
  const items = Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(2023, 0, 1) - index * 3_600_000).toUTCString();
    const title = `${word(index, 1)} ${word(index, 2)} report ${index}: ${word(index, 3)} and ${word(index, 4)}`;
    return `<item><title>${title}</title><link>https://news.example.com/${index}</link><pubDate>${date}</pubDate><category>${sections[index % sections.length]}</category><description><![CDATA[<p>${word(index, 5)} ${word(index, 6)} ${word(index, 7)} coverage number ${index}.</p>]]></description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title><link>https://news.example.com/</link>${items.join('\n')}</channel></rss>`;
}

const draft = {
  id: 'bench',
  publishedUrl: null,
  headline: 'Storm hits the coast as energy prices climb',
  tags: ['Climate', 'Energy'],
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The storm flooded the coast. Energy prices and flood defences were debated by the minister. Storm, energy, flood.' }] }] },
};

async function measureAll(report: BenchReport, folder: string): Promise<void> {
  const feedPath = path.join(folder, 'feed.xml');
  const xml = syntheticFeed(ITEMS);
  writeFileSync(feedPath, xml);
  report.note(`${ITEMS} RSS items, ${(xml.length / 1024 / 1024).toFixed(1)} MB`);
  report.section('Catalog import');
  const parse = await measure(`parse ${ITEMS} items`, 5, () => parseFeed(xml));
  report.figure(parse);
  const parsed = await retainedMegabytes(() => parseFeed(xml));
  report.note(memoryLine(`a parsed ${ITEMS}-item feed held`, parsed.megabytes, { name: 'the feed text', megabytes: Buffer.byteLength(xml) / 1024 / 1024 }));
  const db = connect(path.join(folder, 'catalog.sqlite'));
  try {
    // Timed once on the empty database: measure() warms up first, which would make this a re-import.
    const started = performance.now();
    await importCatalogFeed(db, feedPath, { now: NOW });
    report.figure(summarize(`first import of ${ITEMS} items (empty catalog)`, [performance.now() - started]), parse);
    report.figure(await measure(`re-import (${ITEMS} upserts)`, 3, () => importCatalogFeed(db, feedPath, { now: NOW })), parse);
    report.section(`Catalog search (${ITEMS} articles)`);
    // Every match, then ranked with a snippet each, as FTS does: a LIKE scan alone would skip that work.
    const scan = db.prepare<[string, string], LikeRow>("SELECT url AS id, title, coalesce(summary, '') AS text FROM catalog_articles WHERE title LIKE ? OR summary LIKE ?");
    const baseline = await measure('LIKE scan, ranked, with snippets', 50, (index) => {
      const word = (queries[index % queries.length] ?? '').split(' ')[0] ?? '';
      return rankLikeRows(scan.all(`%${word}%`, `%${word}%`), word, 20);
    });
    report.figure(baseline);
    report.figure(await measure('search as you type (10 queries)', 200, (index) => searchCatalog(db, queries[index % queries.length] ?? '', { limit: 20, now: NOW })), baseline);
    report.figure(await measure('newest 20 (empty query)', 200, () => searchCatalog(db, '', { limit: 20, now: NOW })));
    report.figure(await measure('suggest for a draft', 100, () => suggestRelated(db, draft, { limit: 5, now: NOW })));
  } finally {
    db.close();
  }
}

/** Import of a 5,000-item feed, then search and suggestions over it. */
export const benchmark: Benchmark = {
  name: 'catalog',
  async run(report) {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-catalog-bench-'));
    try {
      await measureAll(report, folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
