import type { CliCommand } from './cliCommand';
import { commonOptionLines } from './commonOptions';

/** `newsdesk --help`: every command with its one-line summary. */
export function generalHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'newsdesk: the Newsdesk drafts store from the command line',
    '',
    'Usage: newsdesk COMMAND [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options for every command:',
    ...commonOptionLines.map((line) => `  ${line}`),
    '',
    'Run `newsdesk COMMAND --help` for a command\'s options. JSON output and exit codes: docs/cli.md.',
    '',
  ].join('\n');
}

/** `newsdesk COMMAND --help`. */
export function commandHelp(command: CliCommand): string {
  return [
    `Usage: newsdesk ${command.usage}`,
    '',
    command.summary,
    '',
    ...(command.details.length > 0 ? ['Options:', ...command.details.map((line) => `  ${line}`)] : []),
    ...commonOptionLines.map((line) => `  ${line}`),
    '',
  ].join('\n');
}
