import { draftSorts } from '../../../shared/contract/drafts';
import type { ChannelInput } from '../../../shared/contract/index';
import { draftStatuses, draftStatusLabels, type DraftSummary } from '../../../shared/model/draft';
import type { CliCommand } from '../cliCommand';
import { expectOk } from '../expectOk';
import { choiceOption, flagOption, integerOption } from '../optionValue';
import { printJson } from '../printJson';
import { shortTime } from '../shortTime';

function row(draft: DraftSummary): string {
  const status = draftStatusLabels[draft.status].padEnd(10);
  const words = String(draft.wordCount).padStart(6);
  return `${status}  ${shortTime(draft.updatedAt)}  ${words}  ${draft.slug}  ${draft.headline}`;
}

/** `newsdesk list`: a page of the library. */
export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List drafts, newest first',
  usage: 'list [--status S] [--trashed] [--sort KEY] [--asc] [--limit N] [--offset N]',
  details: [
    `--status S    only drafts with this status: ${draftStatuses.join(', ')}`,
    '--trashed     list the trash instead',
    `--sort KEY    ${draftSorts.join(', ')} (default updated)`,
    '--asc         oldest / A to Z first',
    '--limit N     how many (1-500, default 50)',
    '--offset N    skip the first N',
  ],
  options: {
    status: { type: 'string' },
    trashed: { type: 'boolean' },
    sort: { type: 'string' },
    asc: { type: 'boolean' },
    limit: { type: 'string' },
    offset: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  async run(args, context) {
    const query: ChannelInput<'drafts:list'> = {
      status: choiceOption(args, 'status', draftStatuses),
      trashed: flagOption(args, 'trashed'),
      sort: choiceOption(args, 'sort', draftSorts, 'updated'),
      direction: flagOption(args, 'asc') ? 'asc' : 'desc',
      limit: integerOption(args, 'limit', 50, 1, 500),
      offset: integerOption(args, 'offset', 0, 0, 10_000_000),
    };
    const page = expectOk(await context.engine().call('drafts:list', query));
    if (context.json) return printJson(context, page);
    if (page.items.length === 0) {
      context.io.stdout(page.total === 0 ? 'No drafts.\n' : `No drafts on this page (${page.total} in all).\n`);
      return;
    }
    const header = `${'STATUS'.padEnd(10)}  ${'UPDATED (UTC)'.padEnd(16)}  ${'WORDS'.padStart(6)}  SLUG  HEADLINE`;
    const footer = `${page.items.length} of ${page.total} draft${page.total === 1 ? '' : 's'}`;
    context.io.stdout([header, ...page.items.map(row), footer, ''].join('\n'));
  },
};
