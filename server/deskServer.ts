import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Database as DatabaseExtension } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server, type Extension } from '@hocuspocus/server';
import pg from 'pg';
import * as Y from 'yjs';
import { schemaFingerprint } from '../electron/shared/editor/schemaFingerprint';
import { isDeskDocumentName, SCHEMA_PARAMETER, type RefusalReason, type ServerNotice } from '../electron/shared/sync/deskProtocol';
import { handleImageRequest } from './imageRoutes';
import { postgresImages, sqliteImages } from './imageStore';
import { openPeople, personOfToken, type Person } from './people';

/** How a desk server runs; every limit has a default a newsroom rarely needs to change. */
export type DeskServerOptions = {
  host: string;
  port: number;
  /** Folder for the documents file (SQLite) and the people file. */
  dataDir: string;
  /** postgres://… to keep documents in PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** redis://… to let several server processes serve the same documents. */
  redisUrl?: string;
  /** Largest message a client may send. */
  maxMessageBytes?: number;
  /** Largest document the server keeps. */
  maxDocumentBytes?: number;
  /** Logs connections and stores; tests turn it off. */
  quiet?: boolean;
};

/** A running desk server. */
export type DeskServer = { url: string; port: number; close: () => Promise<void> };

export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

type Context = { person?: Person; token?: string };

/** How often open connections are checked against revoked tokens. */
export const REVOCATION_CHECK_MS = 2_000;

/** An error Hocuspocus carries to the client as the reason it was refused. */
function refusal(reason: RefusalReason): Error & { reason: string } {
  return Object.assign(new Error(reason), { reason });
}

function postgresExtension(url: string): { extension: Extension; pool: pg.Pool; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const ready = pool.query(
    'CREATE TABLE IF NOT EXISTS newsdesk_documents (name text PRIMARY KEY, data bytea NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())',
  );
  const extension = new DatabaseExtension({
    fetch: async ({ documentName }) => {
      await ready;
      const result = await pool.query<{ data: Buffer }>('SELECT data FROM newsdesk_documents WHERE name = $1', [documentName]);
      const row = result.rows[0];
      return row === undefined ? null : new Uint8Array(row.data);
    },
    store: async ({ documentName, state }) => {
      await ready;
      await pool.query(
        'INSERT INTO newsdesk_documents (name, data) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = now()',
        [documentName, state],
      );
    },
  });
  return { extension, pool, close: () => pool.end() };
}

function redisExtension(url: string): Extension {
  const parsed = new URL(url);
  return new Redis({ host: parsed.hostname, port: Number(parsed.port || 6379), prefix: 'newsdesk' });
}

function notice(message: ServerNotice): string {
  return JSON.stringify(message);
}

type OpenDocument = { getConnections: () => { context: unknown; sendStateless: (payload: string) => void; close: (event?: { code: number; reason: string }) => void }[] };

/**
 * Cuts the open connections of tokens revoked since they connected (`user revoke` from another process):
 * the app hears "The server refused this access token" and the server takes nothing more from them.
 */
function cutRevoked(documents: Iterable<OpenDocument>, people: Parameters<typeof personOfToken>[0]): void {
  const valid = new Map<string, boolean>();
  for (const document of documents) {
    for (const connection of document.getConnections()) {
      const context = connection.context as Context;
      const token = context.token;
      if (token === undefined) continue;
      let ok = valid.get(token);
      if (ok === undefined) {
        ok = personOfToken(people, token) !== null;
        valid.set(token, ok);
      }
      if (ok) continue;
      connection.sendStateless(notice({ type: 'refused', reason: 'token-refused' }));
      connection.close({ code: 4401, reason: 'token-refused' });
    }
  }
}

/**
 * Starts Hocuspocus for the desk: every connection authenticates with a person's token and the app's schema
 * fingerprint, viewers are read-only, messages and documents have a maximum size, documents are kept in SQLite
 * (or PostgreSQL), and Redis, when given, joins several processes. Pictures are kept beside the documents and
 * served on the same port (imageRoutes.ts) only for drafts that use them.
 */
export async function startDeskServer(options: DeskServerOptions): Promise<DeskServer> {
  mkdirSync(options.dataDir, { recursive: true });
  const people = openPeople(path.join(options.dataDir, 'people.sqlite'));
  const fingerprint = schemaFingerprint();
  const maxMessage = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const maxDocument = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const sizes = new Map<string, number>();
  const postgres = options.databaseUrl === undefined ? null : postgresExtension(options.databaseUrl);
  const storage = postgres?.extension ?? new SQLite({ database: path.join(options.dataDir, 'documents.sqlite') });
  const extensions: Extension[] = [storage];
  const images = postgres === null ? sqliteImages(path.join(options.dataDir, 'images.sqlite')) : postgresImages(postgres.pool);
  const imageRoutes = { people, images, now: () => new Date() };
  if (options.redisUrl !== undefined) extensions.push(redisExtension(options.redisUrl));

  const server = new Server<Context>({
    address: options.host,
    port: options.port,
    quiet: options.quiet ?? false,
    stopOnSignals: false,
    debounce: 500,
    maxDebounce: 4000,
    websocketOptions: { maxPayload: maxMessage * 2 },
    extensions,
    onAuthenticate: async ({ token, requestParameters, connectionConfig, documentName }) => {
      if (requestParameters.get(SCHEMA_PARAMETER) !== fingerprint) throw refusal('schema-mismatch');
      if (!isDeskDocumentName(documentName)) throw refusal('unknown-document');
      const person = personOfToken(people, token);
      if (person === null) throw refusal('token-refused');
      connectionConfig.readOnly = person.role === 'viewer';
      return Promise.resolve({ person, token });
    },
    connected: async ({ connection, context }) => {
      if (context.person !== undefined) {
        connection.sendStateless(notice({ type: 'welcome', name: context.person.name, role: context.person.role }));
      }
      return Promise.resolve();
    },
    afterLoadDocument: async ({ document, documentName }) => {
      sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
      return Promise.resolve();
    },
    beforeHandleMessage: async ({ update, connection, documentName }) => {
      const size = (sizes.get(documentName) ?? 0) + update.byteLength;
      if (update.byteLength > maxMessage || size > maxDocument) {
        connection.sendStateless(notice({ type: 'refused', reason: 'too-large' }));
        throw Object.assign(refusal('too-large'), { code: 4413 });
      }
      sizes.set(documentName, size);
      return Promise.resolve();
    },
    afterStoreDocument: async ({ document, documentName }) => {
      sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
      return Promise.resolve();
    },
    afterUnloadDocument: async ({ documentName }) => {
      sizes.delete(documentName);
      return Promise.resolve();
    },
    onRequest: async ({ request, response, instance }) => {
      // Hocuspocus stops its own answer when the hook rejects with nothing: that is how a handled request ends.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      if (await handleImageRequest(imageRoutes, instance, request, response)) return Promise.reject(null);
      return Promise.resolve();
    },
  });
  await server.listen();
  const port = server.address.port;
  const revocations = setInterval(() => cutRevoked(server.hocuspocus.documents.values(), people), REVOCATION_CHECK_MS);
  revocations.unref();
  return {
    url: `ws://${options.host}:${port}`,
    port,
    async close() {
      clearInterval(revocations);
      await server.destroy();
      await images.close();
      await postgres?.close();
      people.close();
    },
  };
}
