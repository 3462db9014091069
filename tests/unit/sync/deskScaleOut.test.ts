import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import { connectedLaptop, eventually, freePort, issueToken, startServerProcess, type ServerProcess } from '../support/deskServerProcess';
import { makePhoto } from '../images/photoFixtures';
import { startPostgres, startRedis } from '../support/externalServers';
import { doc, temporaryFolder, valueOf } from '../support/testEngine';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const laptop = (url: string, token: string): Engine => connectedLaptop(url, token, cleanups);

async function server(dataDir: string, args: string[]): Promise<ServerProcess> {
  const running = await startServerProcess({ dataDir, port: await freePort(), args });
  cleanups.unshift(() => running.kill());
  return running;
}

async function headlineOn(engine: Engine, id: string): Promise<string | undefined> {
  const result = await engine.call('drafts:get', { id });
  return result.ok ? result.value.headline : undefined;
}

const postgres = await startPostgres();
const redis = await startRedis();

describe('scaling out', () => {
  it.skipIf('skip' in postgres)(`keeps documents and their pictures in PostgreSQL across a restart${'skip' in postgres ? ` (skipped: ${postgres.skip})` : ''}`, async () => {
    if ('skip' in postgres) return;
    cleanups.push(postgres.stop);
    const data = temporaryFolder('newsdesk-server-');
    cleanups.push(data.remove);
    const first = await server(data.folder, ['--database', postgres.url]);
    const ana = laptop(first.url, issueToken(data.folder, 'Ana', 'reporter'));
    const photo = valueOf(await ana.call('images:add', { name: 'rows.png', base64: Buffer.from(await makePhoto(320, 200, 'png')).toString('base64') }));
    const figure = { type: 'figure', attrs: { image: photo.id, alt: 'Rows of a table', caption: '', credit: '', width: 320, height: 200 } };
    const draft = valueOf(await ana.call('drafts:create', { changes: { headline: 'Kept in Postgres', body: { type: 'doc', content: [...(doc('Rows, not files.').content ?? []), figure] } } }));
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    cleanups.push(() => client.end());
    await eventually('the draft stored in PostgreSQL', async () => {
      const result = await client.query<{ n: string }>("SELECT count(*) AS n FROM newsdesk_documents WHERE name = $1", [`draft/${draft.id}`]);
      return Number(result.rows[0]?.n) === 1;
    });
    await eventually('the picture stored in PostgreSQL', async () => {
      const result = await client.query<{ n: string }>('SELECT count(*) AS n FROM newsdesk_images WHERE id = $1', [photo.id]);
      return Number(result.rows[0]?.n) === 1;
    });
    ana.context.sync.disconnect();
    await first.kill('SIGKILL');
    // A new data folder with only the people file: the documents and pictures can come only from PostgreSQL.
    const elsewhere = temporaryFolder('newsdesk-server-');
    cleanups.push(elsewhere.remove);
    const benToken = issueToken(data.folder, 'Ben', 'editor');
    copyFileSync(path.join(data.folder, 'people.sqlite'), path.join(elsewhere.folder, 'people.sqlite'));
    const second = await server(elsewhere.folder, ['--database', postgres.url]);
    const ben = laptop(second.url, benToken);
    expect(await eventually('the draft on a new laptop', () => headlineOn(ben, draft.id))).toBe('Kept in Postgres');
    const picture = await eventually('the picture on the new laptop', async () => {
      const result = await ben.call('images:get', { id: photo.id });
      return result.ok ? result.value : undefined;
    });
    expect([picture.width, picture.height, picture.format]).toEqual([320, 200, 'png']);
  }, 120_000);

  it.skipIf('skip' in redis)(`lets two server processes on one Redis serve the same drafts${'skip' in redis ? ` (skipped: ${redis.skip})` : ''}`, async () => {
    if ('skip' in redis) return;
    cleanups.push(redis.stop);
    const one = temporaryFolder('newsdesk-server-one-');
    const two = temporaryFolder('newsdesk-server-two-');
    cleanups.push(one.remove, two.remove);
    const anaToken = issueToken(one.folder, 'Ana', 'reporter');
    const benToken = issueToken(one.folder, 'Ben', 'reporter');
    mkdirSync(two.folder, { recursive: true });
    copyFileSync(path.join(one.folder, 'people.sqlite'), path.join(two.folder, 'people.sqlite'));
    const [first, second] = await Promise.all([server(one.folder, ['--redis', redis.url]), server(two.folder, ['--redis', redis.url])]);
    const ana = laptop(first.url, anaToken);
    const ben = laptop(second.url, benToken);
    await eventually('both synced', () => [ana, ben].every((engine) => engine.context.sync.status().state === 'synced'));
    const draft = valueOf(await ana.call('drafts:create', { changes: { headline: 'Across two servers' } }));
    expect(await eventually('the draft on the other server', () => headlineOn(ben, draft.id))).toBe('Across two servers');
    const onBen = valueOf(await ben.call('drafts:get', { id: draft.id }));
    valueOf(await ben.call('drafts:save', { id: draft.id, baseVersion: onBen.version, changes: { headline: 'Across two servers, edited by Ben' } }));
    await eventually("Ben's edit on Ana's laptop", async () => (await headlineOn(ana, draft.id)) === 'Across two servers, edited by Ben');
  }, 120_000);
});
