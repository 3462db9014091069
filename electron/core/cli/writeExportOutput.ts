import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { describeLocation, type ChecklistItem } from '../../shared/checklist/checklistItem';
import type { ExportOutcome } from '../export/exportHtml';
import { writeFileAtomically } from '../publishing/writeFileAtomically';
import type { CliIo } from './cliCommand';

/** The options `export` and `convert` share: where the HTML goes and which form it takes. */
export const exportOutputOptions = { output: { type: 'string', short: 'o' }, fragment: { type: 'boolean' } } as const;

/** Help lines for exportOutputOptions. */
export const exportOutputHelp = [
  '-o, --output FILE  write here (atomically) instead of to stdout; a folder (DIR/) gets SLUG.html;',
  '                   the pictures go to images/ beside the HTML',
  '--fragment         the <article> element alone instead of a whole page',
];

/** A checklist item as one line of stderr: `warning: … (field headline)`. */
export function checklistLine(item: ChecklistItem): string {
  return `${item.severity}: ${item.message} (${describeLocation(item.location)})\n`;
}

/** Where the HTML goes and how its pictures get there (a draft's export; a conversion has none). */
export type ExportFiles = { defaultName: string; writeImages: (folder: string) => Promise<string | null> };

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** `-o DIR/` (made when missing) or an existing folder gets DEFAULT-NAME inside it; anything else is the file. */
async function outputPath(output: string, defaultName: string): Promise<string> {
  const target = resolve(output);
  if (/[/\\]$/.test(output)) {
    await mkdir(target, { recursive: true }).catch(() => undefined);
    return join(target, defaultName);
  }
  return (await isFolder(target)) ? join(target, defaultName) : target;
}

/**
 * Ends an export on the command line: warnings on stderr; on checklist errors each one on stderr
 * and AppError('checklist_failed') (exit 1), nothing written; else the HTML to the file
 * (atomically, with its pictures in images/ beside it) or to stdout.
 */
export async function writeExportOutput(outcome: ExportOutcome, output: string | undefined, io: CliIo, files?: ExportFiles): Promise<void> {
  for (const item of outcome.checklist) io.stderr(checklistLine(item));
  if (outcome.html === null) {
    const count = outcome.checklist.filter((item) => item.severity === 'error').length;
    throw new AppError('checklist_failed', `the checklist found ${count} error${count === 1 ? '' : 's'}; nothing was written`);
  }
  if (output === undefined) {
    if (outcome.images.length > 0) io.stderr(`note: the article has ${outcome.images.length} picture files; use -o DIR/ to write them with the HTML\n`);
    io.stdout(outcome.html);
    return;
  }
  const path = await outputPath(output, files?.defaultName ?? 'article.html');
  if (files && outcome.images.length > 0) await files.writeImages(dirname(path));
  try {
    await writeFileAtomically(path, outcome.html);
  } catch {
    throw new AppError('storage', `cannot write ${output}; check the folder exists and you may write to it`);
  }
}
