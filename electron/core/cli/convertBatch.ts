import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AppError } from '../../shared/contract/result';
import { defaultSiteSettings } from '../../shared/model/settings';
import type { ExportForm } from '../export/exportHtml';
import { readImportFile } from '../import/readImportFile';
import { writeFileAtomically } from '../publishing/writeFileAtomically';
import type { CliContext } from './cliCommand';
import { exitCodeFor, exitCodes } from './exitCodeFor';
import type { ConvertInput } from './listConvertInputs';
import { printJson } from './printJson';
import { checklistLine } from './writeExportOutput';

/** Why a file was not converted, with its exit code; in order of seriousness. */
const failures = {
  failed: { code: exitCodes.failed, summary: 'failed' },
  checklist: { code: exitCodes.failed, summary: 'stopped by the checklist' },
  unreadable: { code: exitCodes.usage, summary: 'could not be read' },
  unwritable: { code: exitCodes.storage, summary: 'could not be written' },
} as const;
type Failure = keyof typeof failures;

/** What happened to one file of a batch (`convert --json` prints these, without `failure`). */
type FileOutcome = { input: string; output: string | null; warnings: number; problem: string | null; failure: Failure | null };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

async function convertOne(input: ConvertInput, form: ExportForm, context: CliContext, folders: Set<string>): Promise<FileOutcome> {
  const { convertDocument } = await import('../publishing/convertDocument');
  const outcome = await convertDocument(await readImportFile(input.source), form, defaultSiteSettings);
  for (const item of outcome.checklist) context.io.stderr(`${input.source}: ${checklistLine(item)}`);
  const warnings = outcome.checklist.filter((item) => item.severity === 'warning').length;
  if (outcome.html === null) {
    const errors = outcome.checklist.length - warnings;
    return { input: input.source, output: null, warnings, problem: `the checklist found ${plural(errors, 'error')}`, failure: 'checklist' };
  }
  const folder = dirname(resolve(input.output));
  try {
    if (!folders.has(folder)) await mkdir(folder, { recursive: true });
    folders.add(folder);
    await writeFileAtomically(resolve(input.output), outcome.html);
  } catch {
    return { input: input.source, output: null, warnings, problem: `cannot write ${input.output}`, failure: 'unwritable' };
  }
  return { input: input.source, output: input.output, warnings, problem: null, failure: null };
}

function failureSummary(failed: FileOutcome[]): string {
  const kinds = Object.keys(failures).filter((kind): kind is Failure => kind in failures);
  return kinds
    .map((kind) => [failed.filter((file) => file.failure === kind).length, failures[kind].summary] as const)
    .filter(([count]) => count > 0)
    .map(([count, summary]) => `${count} ${summary}`)
    .join(', ');
}

function failureOf(error: unknown): Failure {
  const code = exitCodeFor(error);
  return code === exitCodes.usage ? 'unreadable' : code === exitCodes.storage ? 'unwritable' : 'failed';
}

/**
 * Converts many files in this one process, each to its output path, going on past any file that
 * fails (its reason on stderr, prefixed with its name). Prints one summary on stdout (or, with
 * --json, every file's outcome); when a file was not converted, ends with an AppError whose code is
 * the most serious of theirs: 3 a file could not be written, 2 one could not be read, 1 the checklist.
 */
export async function convertBatch(inputs: readonly ConvertInput[], outputFolder: string, form: ExportForm, context: CliContext): Promise<void> {
  const folders = new Set<string>();
  const outcomes: FileOutcome[] = [];
  for (const input of inputs) {
    let outcome: FileOutcome;
    try {
      outcome = await convertOne(input, form, context, folders);
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      outcome = { input: input.source, output: null, warnings: 0, problem, failure: failureOf(error) };
    }
    if (outcome.problem !== null) context.io.stderr(`${input.source}: not converted: ${outcome.problem}\n`);
    outcomes.push(outcome);
  }
  const failed = outcomes.filter((file) => file.failure !== null);
  const converted = outcomes.length - failed.length;
  const warned = outcomes.filter((file) => file.failure === null && file.warnings > 0).length;
  if (context.json) printJson(context, { converted, failed: failed.length, files: outcomes.map(({ failure: _failure, ...file }) => file) });
  else context.io.stdout(`Converted ${converted} of ${plural(outcomes.length, 'file')} into ${outputFolder}${warned > 0 ? ` (${warned} with warnings, on stderr)` : ''}.\n`);
  if (failed.length === 0) return;
  const worst = Math.max(...failed.map((file) => (file.failure === null ? exitCodes.ok : failures[file.failure].code)));
  const code = worst === exitCodes.storage ? 'storage' : worst === exitCodes.usage ? 'unreadable_input' : 'checklist_failed';
  throw new AppError(code, `${plural(failed.length, 'file')} not converted: ${failureSummary(failed)}`);
}
