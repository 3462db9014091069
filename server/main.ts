import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeskRole, deskRoles } from '../electron/shared/sync/deskProtocol';
import { startDeskServer } from './deskServer';
import { addPerson, listPeople, openPeople, revokePerson } from './people';

const usage = `Newsdesk server

  npm run server [-- --host 127.0.0.1 --port 1234 --data DIR --database postgres://… --redis redis://… --max-message-kb 8192]
  npm run server -- user add "Ana Ruiz" --role reporter|editor|viewer   prints a new access token
  npm run server -- user list
  npm run server -- user revoke "Ana Ruiz"
`;

const options = {
  host: { type: 'string', default: '127.0.0.1' },
  port: { type: 'string', default: '1234' },
  data: { type: 'string', default: './newsdesk-server-data' },
  database: { type: 'string' },
  redis: { type: 'string' },
  role: { type: 'string', default: 'reporter' },
  'max-message-kb': { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

class UsageError extends Error {}

function peopleFile(dataDir: string): string {
  return path.join(dataDir, 'people.sqlite');
}

function runUserCommand(dataDir: string, words: string[], role: string): void {
  const [verb, name] = words;
  const people = openPeople(peopleFile(dataDir));
  try {
    if (verb === 'list') {
      for (const person of listPeople(people)) {
        console.log(`${person.name}\t${person.role}\t${person.revokedAt === null ? 'active' : `revoked ${person.revokedAt}`}`);
      }
      return;
    }
    if (name === undefined) throw new UsageError(`user ${verb ?? ''} needs a name.`);
    if (verb === 'add') {
      const parsedRole = DeskRole.safeParse(role);
      if (!parsedRole.success) throw new UsageError(`--role must be one of ${deskRoles.join(', ')}.`);
      const token = attempt(() => addPerson(people, name, parsedRole.data, new Date()));
      console.log(`Access token for ${name.trim()} (${parsedRole.data}); it is shown only once:\n${token}`);
      return;
    }
    if (verb === 'revoke') {
      if (!revokePerson(people, name, new Date())) throw new UsageError(`Nobody named "${name}" has an active token.`);
      console.log(`Revoked the access token of ${name}. A running server cuts their open connections within seconds and refuses new ones.`);
      return;
    }
    throw new UsageError(`Unknown user command "${verb ?? ''}".`);
  } finally {
    people.close();
  }
}

function attempt<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function portOf(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535.');
  return port;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  if (values.help) {
    console.log(usage);
    return;
  }
  const dataDir = path.resolve(values.data);
  if (positionals[0] === 'user') {
    runUserCommand(dataDir, positionals.slice(1), values.role);
    return;
  }
  if (positionals.length > 0) throw new UsageError(`Unknown command "${positionals.join(' ')}".`);
  const server = await startDeskServer({
    host: values.host,
    port: portOf(values.port),
    dataDir,
    databaseUrl: values.database,
    redisUrl: values.redis,
    maxMessageBytes: values['max-message-kb'] === undefined ? undefined : Number(values['max-message-kb']) * 1024,
    quiet: true,
  });
  const storage = values.database === undefined ? `SQLite in ${dataDir}` : 'PostgreSQL';
  console.log(`Newsdesk server listening on ${server.url} (documents in ${storage}${values.redis === undefined ? '' : ', joined through Redis'})`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof UsageError || (error instanceof Error && error.name === 'TypeError') ? message : `The server could not start: ${message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
