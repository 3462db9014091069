import { defaultSiteSettings } from '../../../shared/model/settings';
import { readImportFile } from '../../import/readImportFile';
import type { CliCommand } from '../cliCommand';
import { flagOption, stringOption } from '../optionValue';
import { exportOutputHelp, exportOutputOptions, writeExportOutput } from '../writeExportOutput';

/** `newsdesk convert FILE [-o FILE] [--fragment]`: import and export in one step, no database. */
export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'Convert a .md, .txt, .docx or .html article to the website\'s HTML, without a database',
  usage: 'convert FILE [-o FILE] [--fragment]',
  details: [
    ...exportOutputHelp,
    'Exit codes: 0 exported (warnings on stderr), 1 the checklist found errors, 2 the file could not be read',
  ],
  options: exportOutputOptions,
  positionals: { min: 1, max: 1 },
  async run(args, { io }) {
    const source = await readImportFile(args.positionals[0] ?? '');
    const outcome = await (await import('../../publishing/convertDocument')).convertDocument(source, flagOption(args, 'fragment') ? 'fragment' : 'page', defaultSiteSettings);
    await writeExportOutput(outcome, stringOption(args, 'output'), io);
  },
};
