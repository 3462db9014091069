import type { CliCommand } from '../cliCommand';
import { findDraftOrFail } from '../findDraftOrFail';
import { flagOption, stringOption } from '../optionValue';
import { exportOutputHelp, exportOutputOptions, writeExportOutput } from '../writeExportOutput';

/** `newsdesk export ID|SLUG [-o FILE|DIR/] [--fragment]`: a draft as the website's HTML, its pictures in images/. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a draft as the website\'s HTML page (or fragment), after the pre-publish checklist',
  usage: 'export ID|SLUG [-o FILE|DIR/] [--fragment]',
  details: [
    ...exportOutputHelp,
    'Exit codes: 0 exported (warnings on stderr), 1 the checklist found errors (each on stderr)',
  ],
  options: exportOutputOptions,
  positionals: { min: 1, max: 1 },
  async run(args, { io, engine }) {
    const draft = findDraftOrFail(engine(), args.positionals[0] ?? '');
    const fragment = flagOption(args, 'fragment');
    const { db } = engine();
    const outcome = (await import('../../publishing/exportDraft')).exportDraft(db, draft.id, fragment ? 'fragment' : 'page');
    const { writeExportImages } = await import('../../images/writeExportImages');
    const defaultName = `${draft.slug || 'article'}${fragment ? '.fragment' : ''}.html`;
    await writeExportOutput(outcome, stringOption(args, 'output'), io, { defaultName, writeImages: (folder) => writeExportImages(db, outcome.images, folder) });
  },
};
