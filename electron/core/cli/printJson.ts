import type { CliContext } from './cliCommand';

/** Prints a value as indented JSON with a final newline (the stable --json output). */
export function printJson(context: CliContext, value: unknown): void {
  context.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
