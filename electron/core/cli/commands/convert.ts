import { sep } from 'node:path';
import { defaultSiteSettings } from '../../../shared/model/settings';
import { readImportFile } from '../../import/readImportFile';
import type { CliArgs, CliCommand } from '../cliCommand';
import { convertBatch } from '../convertBatch';
import { isFolder } from '../isFolder';
import { listConvertInputs } from '../listConvertInputs';
import { flagOption, stringOption } from '../optionValue';
import { UsageError } from '../usageError';
import { exportOutputHelp, exportOutputOptions, writeExportOutput } from '../writeExportOutput';

/** A batch: several inputs, a folder among them, or `-o` naming a folder (a trailing `/`, or one that exists). */
async function isBatch(args: CliArgs, output: string | undefined): Promise<boolean> {
  if (args.positionals.length > 1) return true;
  if (output !== undefined && (output.endsWith('/') || output.endsWith(sep) || (await isFolder(output)))) return true;
  return isFolder(args.positionals[0] ?? '');
}

/** `newsdesk convert FILE [-o FILE] [--fragment]` or `convert FILE|FOLDER… -o FOLDER/`: import and export in one step, no database. */
export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'Convert .md, .txt, .docx or .html articles to the website\'s HTML, without a database',
  usage: 'convert FILE [-o FILE] [--fragment] | convert FILE|FOLDER… -o FOLDER/ [--fragment]',
  details: [
    ...exportOutputHelp,
    'Several files or a folder (read with its subfolders): one .html each into the -o folder (made if missing),',
    '  keeping names and subfolders; a file that fails is reported on stderr and the others go on',
    'Exit codes: 0 all exported (warnings on stderr), 1 the checklist found errors, 2 a file could not be read,',
    '  3 an output file could not be written (a batch exits with the most serious of its files)',
  ],
  options: exportOutputOptions,
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  database: false,
  async run(args, context) {
    const output = stringOption(args, 'output');
    const form = flagOption(args, 'fragment') ? 'fragment' : 'page';
    if (await isBatch(args, output)) {
      if (output === undefined) throw new UsageError('converting several files or a folder needs -o FOLDER/');
      return convertBatch(await listConvertInputs(args.positionals, output), output, form, context);
    }
    const source = await readImportFile(args.positionals[0] ?? '');
    const outcome = await (await import('../../publishing/convertDocument')).convertDocument(source, form, defaultSiteSettings);
    await writeExportOutput(outcome, output, context.io);
  },
};
