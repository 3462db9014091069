import type { CompareSide, Comparison, ComparedVersion } from '../../../shared/model/review';
import { describeChange } from '../../../shared/review/describeChange';
import type { CliArgs, CliCommand } from '../cliCommand';
import { expectOk } from '../expectOk';
import { findDraftOrFail } from '../findDraftOrFail';
import { stringOption } from '../optionValue';
import { printJson } from '../printJson';
import { shortTime } from '../shortTime';
import { UsageError } from '../usageError';

function sideOption(args: CliArgs, name: 'from' | 'to'): CompareSide | undefined {
  const text = stringOption(args, name)?.trim();
  if (text === undefined) return undefined;
  if (text === 'current') return { current: true };
  const id = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(id) || id < 1) {
    throw new UsageError(`--${name} must be a revision number (as listed in History) or "current" (got "${text.slice(0, 40)}")`);
  }
  return { revisionId: id };
}

function describeVersion(version: ComparedVersion): string {
  const which = version.revisionId === null ? 'the current text' : `revision ${version.revisionId} “${version.label}”`;
  return `${which} (${shortTime(version.createdAt)} UTC)`;
}

function report(headline: string, comparison: Comparison): string {
  const count = comparison.changes.length;
  const lines = [
    headline || '(no headline)',
    `  from ${describeVersion(comparison.from)}`,
    `  to   ${describeVersion(comparison.to)}`,
    '',
    count === 0 ? 'No changes.' : `${count} change${count === 1 ? '' : 's'}:`,
    ...comparison.changes.map((change, index) => `${String(index + 1).padStart(4)}. ${describeChange(change)}`),
    '',
  ];
  return lines.join('\n');
}

/** `newsdesk diff`: what changed between two versions of a draft, one line per change. */
export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'Show what changed between two versions of a draft',
  usage: 'diff ID|SLUG [--from REV] [--to REV]',
  details: [
    '--from REV    a revision number, or current (default: the newest earlier revision that differs)',
    '--to REV      a revision number, or current (default: current, the draft as it is now)',
  ],
  options: { from: { type: 'string' }, to: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(args, context) {
    const from = sideOption(args, 'from');
    const to = sideOption(args, 'to');
    const draft = findDraftOrFail(context.engine(), args.positionals[0] ?? '');
    const comparison = expectOk(await context.engine().call('review:compare', { draftId: draft.id, ...(from ? { from } : {}), ...(to ? { to } : {}) }));
    if (context.json) return printJson(context, comparison);
    context.io.stdout(report(draft.headline, comparison));
  },
};
