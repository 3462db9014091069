import type { CliCommand } from '../cliCommand';
import { expectOk } from '../expectOk';
import { stringOption } from '../optionValue';
import { printJson } from '../printJson';
import { UsageError } from '../usageError';

function splitTags(text: string | undefined): string[] | undefined {
  return text?.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
}

/** `newsdesk new`: creates a draft. */
export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Create a draft',
  usage: 'new --headline TEXT [--author NAME] [--section S] [--tags a,b] [--kicker TEXT] [--dek TEXT]',
  details: [
    '--headline TEXT  the headline (required); the slug is made from it',
    '--author NAME    the author\'s name',
    '--section S      the section, e.g. World',
    '--tags a,b       tags, separated by commas',
    '--kicker TEXT    the kicker above the headline',
    '--dek TEXT       the standfirst',
  ],
  options: {
    headline: { type: 'string' },
    author: { type: 'string' },
    section: { type: 'string' },
    tags: { type: 'string' },
    kicker: { type: 'string' },
    dek: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  async run(args, context) {
    const headline = stringOption(args, 'headline')?.trim();
    if (headline === undefined || headline === '') throw new UsageError('a draft needs a headline: --headline TEXT');
    const changes = {
      headline,
      authorName: stringOption(args, 'author'),
      section: stringOption(args, 'section'),
      tags: splitTags(stringOption(args, 'tags')),
      kicker: stringOption(args, 'kicker'),
      dek: stringOption(args, 'dek'),
    };
    const draft = expectOk(await context.engine().call('drafts:create', { changes }));
    if (context.json) return printJson(context, draft);
    context.io.stdout(`Created draft ${draft.slug} (id ${draft.id})\n`);
  },
};
