import type { CliCommand } from '../cliCommand';
import { expectOk } from '../expectOk';
import { findDraftOrFail } from '../findDraftOrFail';
import { printJson } from '../printJson';

/** `newsdesk delete`: moves a draft to the trash (never deletes for good). */
export const deleteCommand: CliCommand = {
  name: 'delete',
  summary: 'Move a draft to the trash (it can be restored in the app)',
  usage: 'delete ID|SLUG',
  details: [],
  options: {},
  positionals: { min: 1, max: 1 },
  async run(args, context) {
    const engine = context.engine();
    const draft = findDraftOrFail(engine, args.positionals[0] ?? '');
    const trashed = expectOk(await engine.call('drafts:trash', { id: draft.id }));
    if (context.json) {
      const { id, slug, headline, deletedAt } = trashed;
      return printJson(context, { id, slug, headline, deletedAt });
    }
    context.io.stdout(`Moved to the trash: ${trashed.headline || trashed.slug} (${trashed.slug})\n`);
  },
};
