import type { CliIo } from './cliCommand';
import { commandHelp, generalHelp } from './helpText';
import { commands } from './commands/index';
import { exitCodeFor, exitCodes } from './exitCodeFor';
import type { LazyEngine } from './openCliEngine';
import { parseCommandArgs } from './parseCommandArgs';
import { stringOption } from './optionValue';

function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
  };
}

const noEngine: LazyEngine = {
  get: () => {
    throw new Error('this command does not use a database');
  },
  close: () => undefined,
};

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Runs `newsdesk ARGV...` and resolves to the exit code. Never throws: every failure becomes one
 * line on stderr (no stack trace) and a documented exit code.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(generalHelp(commands));
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.stderr(`newsdesk: unknown command "${name.slice(0, 40)}"; run newsdesk --help to see the commands\n`);
    return exitCodes.usage;
  }
  let engine: LazyEngine | null = null;
  try {
    const args = parseCommandArgs(command, rest);
    if (args.values.help === true) {
      io.stdout(commandHelp(command));
      return exitCodes.ok;
    }
    // The engine (SQLite, the stores, the feed reader) is loaded only for a command that uses it.
    engine = command.database === false ? noEngine : (await import('./openCliEngine')).lazyCliEngine(stringOption(args, 'db'), io);
    await command.run(args, { io, json: args.values.json === true, engine: engine.get });
    return exitCodes.ok;
  } catch (error) {
    io.stderr(`newsdesk ${command.name}: ${oneLine(error)}\n`);
    return exitCodeFor(error);
  } finally {
    engine?.close();
  }
}
