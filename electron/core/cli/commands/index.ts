import type { CliCommand } from '../cliCommand';
import { catalogCommand } from './catalog';
import { convertCommand } from './convert';
import { deleteCommand } from './delete';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import { newCommand } from './new';
import { searchCommand } from './search';
import { showCommand } from './show';

/** Every `newsdesk` command, in the order `--help` lists them. Add one with its file and one line here. */
export const commands: readonly CliCommand[] = [newCommand, listCommand, showCommand, diffCommand, searchCommand, deleteCommand, catalogCommand, importCommand, exportCommand, convertCommand];
