import type { ParseArgsConfig } from 'node:util';
import type { Engine } from '../engine';

/** Where a command writes and what it reads from its environment. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
};

/** The options and positionals a command was given, as node:util parseArgs returns them. */
export type CliArgs = {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
};

/** What a running command can use. */
export type CliContext = {
  io: CliIo;
  /** True with --json: print the documented JSON shape (docs/cli.md) and nothing else on stdout. */
  json: boolean;
  /** Opens the engine on --db / NEWSDESK_DB / the app's database (once); reports a recovered file on stderr. */
  engine: () => Engine;
};

/** One `newsdesk` command. Add a command with a file in commands/ and one line in commands/index.ts. */
export type CliCommand = {
  name: string;
  /** One line for `newsdesk --help`. */
  summary: string;
  /** The synopsis, e.g. `new --headline TEXT [--author NAME]`. */
  usage: string;
  /** Extra lines for `newsdesk NAME --help` (options explained). */
  details: string[];
  /** The command's own options (--db, --json and --help are added for every command). */
  options: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments it takes. */
  positionals: { min: number; max: number };
  /** False for a command that never opens a database (convert): the engine's code is then not even loaded. */
  database?: false;
  run: (args: CliArgs, context: CliContext) => Promise<void> | void;
};
