import type { CliCommand } from '../cliCommand';
import { findDraftOrFail } from '../findDraftOrFail';
import { flagOption, stringOption } from '../optionValue';
import { exportOutputHelp, exportOutputOptions, writeExportOutput } from '../writeExportOutput';

/** `newsdesk export ID|SLUG [-o FILE] [--fragment]`: a draft as the website's HTML. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a draft as the website\'s HTML page (or fragment), after the pre-publish checklist',
  usage: 'export ID|SLUG [-o FILE] [--fragment]',
  details: [
    ...exportOutputHelp,
    'Exit codes: 0 exported (warnings on stderr), 1 the checklist found errors (each on stderr)',
  ],
  options: exportOutputOptions,
  positionals: { min: 1, max: 1 },
  async run(args, { io, engine }) {
    const draft = findDraftOrFail(engine(), args.positionals[0] ?? '');
    const outcome = (await import('../../publishing/exportDraft')).exportDraft(engine().db, draft.id, flagOption(args, 'fragment') ? 'fragment' : 'page');
    await writeExportOutput(outcome, stringOption(args, 'output'), io);
  },
};
