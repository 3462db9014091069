import { parseArgs } from 'node:util';
import type { CliArgs, CliCommand } from './cliCommand';
import { commonOptions } from './commonOptions';
import { UsageError } from './usageError';

function firstSentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\.\s/)[0]?.replace(/\.$/, '') ?? message;
}

/** Parses a command's arguments strictly; any mistake is a UsageError naming it. */
export function parseCommandArgs(command: CliCommand, argv: string[]): CliArgs {
  let parsed: CliArgs;
  try {
    parsed = parseArgs({ args: argv, options: { ...command.options, ...commonOptions }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(firstSentence(error));
  }
  if (parsed.values.help === true) return parsed;
  const count = parsed.positionals.length;
  const { min, max } = command.positionals;
  if (count < min) throw new UsageError(`missing argument; usage: newsdesk ${command.usage}`);
  if (count > max) throw new UsageError(`unexpected argument "${parsed.positionals[max]?.slice(0, 40)}"; usage: newsdesk ${command.usage}`);
  if (parsed.values.db === '') throw new UsageError('--db needs a file path');
  return parsed;
}
