import { SNIPPET_CLOSE, SNIPPET_OPEN, type SearchHit } from '../../../shared/model/draft';
import type { CliCommand } from '../cliCommand';
import { expectOk } from '../expectOk';
import { integerOption } from '../optionValue';
import { printJson } from '../printJson';

function highlight(snippet: string): string {
  return snippet.split(SNIPPET_OPEN).join('[').split(SNIPPET_CLOSE).join(']').replace(/\s+/g, ' ');
}

function describe(hit: SearchHit): string {
  return `${hit.slug}  ${hit.headline}\n    ${highlight(hit.snippet)}`;
}

/** `newsdesk search`: full-text search, best match first. */
export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search drafts (headline, standfirst, body, author, tags)',
  usage: 'search QUERY [--limit N]',
  details: ['QUERY         words to find; "quoted words" as a phrase; the last word may be cut short', '--limit N     how many hits (1-200, default 20)'],
  options: { limit: { type: 'string' } },
  positionals: { min: 1, max: 50 },
  async run(args, context) {
    const query = args.positionals.join(' ');
    const limit = integerOption(args, 'limit', 20, 1, 200);
    const result = expectOk(await context.engine().call('drafts:search', { query, limit }));
    if (context.json) return printJson(context, result);
    if (result.items.length === 0) return context.io.stdout('No drafts match.\n');
    context.io.stdout(`${result.items.map(describe).join('\n')}\n`);
  },
};
