import { bodyText } from '../../../shared/model/bodyText';
import { draftStatusLabels, type Draft } from '../../../shared/model/draft';
import type { CliCommand } from '../cliCommand';
import { findDraftOrFail } from '../findDraftOrFail';
import { printJson } from '../printJson';
import { shortTime } from '../shortTime';

function describe(draft: Draft): string {
  const fields: [string, string][] = [
    ['id', draft.id],
    ['slug', draft.slug],
    ['status', draftStatusLabels[draft.status]],
    ['kicker', draft.kicker],
    ['dek', draft.dek],
    ['author', draft.authorName],
    ['section', draft.section],
    ['tags', draft.tags.join(', ')],
    ['language', draft.language],
    ['words', String(draft.wordCount)],
    ['version', String(draft.version)],
    ['created', `${shortTime(draft.createdAt)} UTC`],
    ['updated', `${shortTime(draft.updatedAt)} UTC`],
    ['published', draft.publishedAt ? `${shortTime(draft.publishedAt)} UTC ${draft.publishedUrl ?? ''}`.trim() : ''],
    ['trashed', draft.deletedAt ? `${shortTime(draft.deletedAt)} UTC (in the trash)` : ''],
  ];
  const lines = fields.filter(([, value]) => value !== '').map(([name, value]) => `  ${name.padEnd(9)} ${value}`);
  const text = bodyText(draft.body);
  return [draft.headline || '(no headline)', ...lines, '', ...(text === '' ? [] : [text, ''])].join('\n');
}

/** `newsdesk show`: one draft, its fields and its text. */
export const showCommand: CliCommand = {
  name: 'show',
  summary: 'Show a draft by id or slug',
  usage: 'show ID|SLUG',
  details: [],
  options: {},
  positionals: { min: 1, max: 1 },
  run(args, context) {
    const draft = findDraftOrFail(context.engine(), args.positionals[0] ?? '');
    if (context.json) return printJson(context, draft);
    context.io.stdout(describe(draft));
  },
};
