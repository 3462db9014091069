import type { ParseArgsConfig } from 'node:util';

/** Options every command takes. */
export const commonOptions = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Their help lines. */
export const commonOptionLines = [
  '--db PATH        the database file (else $NEWSDESK_DB, else the app\'s own database)',
  '--json           print JSON (shapes in docs/cli.md) instead of text',
  '-h, --help       show this help',
];
