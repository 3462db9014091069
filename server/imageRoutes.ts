import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import type { Database } from 'better-sqlite3';
import { sniffImageType } from '../electron/core/images/sniffImageType';
import { imageIdsOfDoc } from '../electron/shared/sync/draftImages';
import { decodeImageBundle, encodeImageBundle, imageIdOfPath, MAX_BUNDLE_BYTES } from '../electron/shared/sync/imageBundle';
import { isDeskDocumentName } from '../electron/shared/sync/deskProtocol';
import type { ServerImages } from './imageStore';
import { personOfToken, type Person } from './people';

/** What the picture routes need: who may ask, where pictures are kept, and the clock. */
export type ImageRoutes = { people: Database; images: ServerImages; now: () => Date };

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function reply(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify({ message }));
}

function personOf(routes: ImageRoutes, request: IncomingMessage): Person {
  const header = request.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  const person = personOfToken(routes.people, token);
  if (person === null) throw new HttpRefusal(401, 'The server refused this access token.');
  return person;
}

async function readBody(request: IncomingMessage): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_BUNDLE_BYTES) throw new HttpRefusal(413, 'The picture is too large for the server.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BUNDLE_BYTES) throw new HttpRefusal(413, 'The picture is too large for the server.');
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Whether the draft named by `?draft=` uses the picture: the only way to be given one. */
async function draftUses(instance: Hocuspocus, draft: string | null, id: string): Promise<boolean> {
  const name = `draft/${draft ?? ''}`;
  if (draft === null || name === 'desk' || !isDeskDocumentName(name)) return false;
  const connection = await instance.openDirectConnection(name, {});
  try {
    return connection.document !== null && imageIdsOfDoc(connection.document).has(id);
  } finally {
    await connection.disconnect();
  }
}

async function upload(routes: ImageRoutes, request: IncomingMessage, response: ServerResponse, person: Person, id: string): Promise<void> {
  if (person.role === 'viewer') throw new HttpRefusal(403, 'A viewer cannot add pictures to the desk.');
  const bundle = decodeImageBundle(await readBody(request));
  if ('error' in bundle) throw new HttpRefusal(400, bundle.error);
  if (bundle.manifest.id !== id) throw new HttpRefusal(400, 'The picture does not match its address.');
  if (sniffImageType(bundle.bytes) !== bundle.manifest.copy.format) throw new HttpRefusal(400, 'The picture’s bytes are not the format it names.');
  // Kept as it was checked (re-encoded, so nothing unread rides along).
  await routes.images.put(id, encodeImageBundle(bundle), person.name, routes.now());
  reply(response, 201, 'Kept.');
}

/**
 * The server's picture routes, on the same port as the documents (Hocuspocus's `onRequest`):
 * `HEAD /images/<id>` (is it kept?), `PUT /images/<id>` (keep it: reporters and editors), and
 * `GET /images/<id>?draft=<uuid>` (anyone with a valid token, for a draft that uses the picture).
 * Every request carries `Authorization: Bearer <token>`. Returns false for any other path.
 */
export async function handleImageRequest(routes: ImageRoutes, instance: Hocuspocus, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const url = new URL(request.url ?? '/', 'http://server');
  const id = imageIdOfPath(url.pathname);
  if (id === null) return false;
  try {
    const person = personOf(routes, request);
    if (request.method === 'PUT') {
      await upload(routes, request, response, person, id);
    } else if (request.method === 'HEAD') {
      const kept = await routes.images.has(id);
      response.writeHead(kept ? 200 : 404, { 'Cache-Control': 'no-store' });
      response.end();
    } else if (request.method === 'GET') {
      const bundle = (await draftUses(instance, url.searchParams.get('draft'), id)) ? await routes.images.get(id) : null;
      if (bundle === null) throw new HttpRefusal(404, 'No draft you can read uses that picture, or it has not reached the server yet.');
      response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': bundle.length, 'Cache-Control': 'private, no-store' });
      response.end(bundle);
    } else {
      response.setHeader('Allow', 'GET, HEAD, PUT');
      throw new HttpRefusal(405, 'Pictures are read with GET and added with PUT.');
    }
  } catch (error) {
    if (error instanceof HttpRefusal) reply(response, error.status, error.message);
    else reply(response, 500, 'The server could not handle that picture.');
    request.resume();
  }
  return true;
}
