import { resolve } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { describeLocation, type ChecklistItem } from '../../shared/checklist/checklistItem';
import type { ExportOutcome } from '../export/exportHtml';
import { writeFileAtomically } from '../publishing/writeFileAtomically';
import type { CliIo } from './cliCommand';

/** The options `export` and `convert` share: where the HTML goes and which form it takes. */
export const exportOutputOptions = { output: { type: 'string', short: 'o' }, fragment: { type: 'boolean' } } as const;

/** Help lines for exportOutputOptions. */
export const exportOutputHelp = [
  '-o, --output FILE  write here (atomically) instead of to stdout',
  '--fragment         the <article> element alone instead of a whole page',
];

/** A checklist item as one line of stderr: `warning: … (field headline)`. */
export function checklistLine(item: ChecklistItem): string {
  return `${item.severity}: ${item.message} (${describeLocation(item.location)})\n`;
}

/**
 * Ends an export on the command line: warnings on stderr; on checklist errors each one on stderr
 * and AppError('checklist_failed') (exit 1), nothing written; else the HTML to the file
 * (atomically) or to stdout.
 */
export async function writeExportOutput(outcome: ExportOutcome, output: string | undefined, io: CliIo): Promise<void> {
  for (const item of outcome.checklist) io.stderr(checklistLine(item));
  if (outcome.html === null) {
    const count = outcome.checklist.filter((item) => item.severity === 'error').length;
    throw new AppError('checklist_failed', `the checklist found ${count} error${count === 1 ? '' : 's'}; nothing was written`);
  }
  if (output === undefined) {
    io.stdout(outcome.html);
    return;
  }
  try {
    await writeFileAtomically(resolve(output), outcome.html);
  } catch {
    throw new AppError('storage', `cannot write ${output}; check the folder exists and you may write to it`);
  }
}
