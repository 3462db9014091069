import type { CatalogArticle, CatalogImportReport } from '../../../shared/model/catalog';
import type { CliArgs, CliCommand, CliContext } from '../cliCommand';
import { expectOk } from '../expectOk';
import { integerOption } from '../optionValue';
import { UsageError } from '../usageError';

const formatNames: Record<CatalogImportReport['format'], string> = { rss: 'RSS', atom: 'Atom', 'news-sitemap': 'news sitemap' };

function printJson(context: CliContext, value: unknown): void {
  context.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

function articleLine(article: CatalogArticle): string {
  const date = article.publishedAt?.slice(0, 10) ?? '----------';
  const section = article.section === '' ? '' : `[${article.section}] `;
  return `${date}  ${section}${article.title}\n            ${article.url}\n`;
}

async function importFeed(source: string, context: CliContext): Promise<void> {
  // The command line may name a file as well as a URL; the page can only name URLs (see the contract).
  const running = context.engine();
  const { importCatalogFeed } = await import('../../catalog/importCatalogFeed');
  const report = await importCatalogFeed(running.db, source, { now: running.context.now().toISOString() });
  if (context.json) return printJson(context, report);
  const skipped = report.skipped > 0 ? `; ${report.skipped} skipped (no title or no web link)` : '';
  context.io.stdout(`Imported ${report.added} new and ${report.updated} updated articles from ${formatNames[report.format]} ${report.source}${skipped}.\n`);
}

async function search(query: string, args: CliArgs, context: CliContext): Promise<void> {
  const limit = integerOption(args, 'limit', 20, 1, 100);
  const { items } = expectOk(await context.engine().call('catalog:search', { query, limit }));
  if (context.json) return printJson(context, { items });
  if (items.length === 0) context.io.stdout(`No article in the catalog matches "${query}".\n`);
  for (const item of items) context.io.stdout(articleLine(item));
}

async function list(args: CliArgs, context: CliContext): Promise<void> {
  const limit = integerOption(args, 'limit', 50, 1, 500);
  const offset = integerOption(args, 'offset', 0, 0, 10_000_000);
  const page = expectOk(await context.engine().call('catalog:list', { limit, offset }));
  if (context.json) return printJson(context, page);
  for (const item of page.items) context.io.stdout(articleLine(item));
  context.io.stdout(`${page.items.length} of ${page.total} articles shown; feeds: ${page.feeds.length === 0 ? 'none' : page.feeds.map((feed) => feed.url).join(', ')}\n`);
}

async function refresh(context: CliContext): Promise<void> {
  const result = expectOk(await context.engine().call('catalog:refresh', {}));
  if (context.json) return printJson(context, result);
  if (result.feeds.length === 0) context.io.stdout('No feed URL to refresh: import a feed from its URL first.\n');
  for (const feed of result.feeds) {
    if (feed.report === null) context.io.stderr(`${feed.url}: ${feed.error ?? 'failed'}\n`);
    else context.io.stdout(`${feed.url}: ${feed.report.added} new, ${feed.report.updated} updated\n`);
  }
}

function requireArgument(args: CliArgs, what: string): string {
  const value = args.positionals[1];
  if (value === undefined || value.trim() === '') throw new UsageError(`catalog ${args.positionals[0]} needs ${what}`);
  return value;
}

/** `newsdesk catalog import|search|list|refresh`: the catalog of published articles for related links. */
export const catalogCommand: CliCommand = {
  name: 'catalog',
  summary: 'Import, search and list the catalog of published articles used for related links',
  usage: 'catalog import FILE|URL | catalog search QUERY [--limit N] | catalog list [--limit N] [--offset N] | catalog refresh',
  details: [
    'import FILE|URL   read an RSS 2.0, Atom or Google News sitemap feed (articles are matched by URL)',
    'search QUERY      best match and most recent first',
    'list              newest first, with the feed URLs that refresh uses',
    'refresh           import every feed URL imported before again',
    '--limit N, --offset N   page size and start (search, list)',
  ],
  options: { limit: { type: 'string' }, offset: { type: 'string' } },
  positionals: { min: 1, max: 2 },
  async run(args, context) {
    const verb = args.positionals[0];
    if (verb === 'import') return importFeed(requireArgument(args, 'a feed file or URL'), context);
    if (verb === 'search') return search(requireArgument(args, 'a query'), args, context);
    if (args.positionals.length > 1) throw new UsageError(`catalog ${verb ?? ''} takes no further argument`);
    if (verb === 'list') return list(args, context);
    if (verb === 'refresh') return refresh(context);
    throw new UsageError(`catalog needs one of import, search, list, refresh (got "${(verb ?? '').slice(0, 40)}")`);
  },
};
