import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import { readImageCopy } from '../../../electron/core/images/getImage';
import { bundleOfStoredImage } from '../../../electron/core/images/imageBundles';
import { httpBaseOf } from '../../../electron/core/sync/imageSync';
import type { ImageInfo } from '../../../electron/shared/model/image';
import { encodeImageBundle, serverImagePath } from '../../../electron/shared/sync/imageBundle';
import { hasExiftool, makePhoto, withRevealingTags } from '../images/photoFixtures';
import { connectedLaptop, eventually, issueToken, sharedServer, startServerProcess } from '../support/deskServerProcess';
import { valueOf } from '../support/testEngine';

const shared = sharedServer();
const cleanups = shared.cleanups;
const http = () => httpBaseOf(shared.server.url);

let people = 0;
function laptop(role: 'reporter' | 'editor' | 'viewer'): { engine: Engine; token: string } {
  people += 1;
  const token = issueToken(shared.dataDir, `Person ${people}`, role);
  return { engine: connectedLaptop(shared.server.url, token, cleanups), token };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const figure = (image: ImageInfo, alt: string) => ({ type: 'figure', attrs: { image: image.id, alt, caption: 'Sandbags on Tuesday.', credit: 'Ana Ruiz', width: image.width, height: image.height } });
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function photoDraft(engine: Engine, bytes: Uint8Array): Promise<{ id: string; body: ImageInfo; lead: ImageInfo }> {
  const body = valueOf(await engine.call('images:add', { name: 'harbour.jpg', base64: base64(bytes) }));
  const lead = valueOf(await engine.call('images:add', { name: 'square.png', base64: base64(await makePhoto(800, 500, 'png')) }));
  const draft = valueOf(
    await engine.call('drafts:create', {
      changes: {
        headline: 'Harbour wall gives way',
        leadImage: { id: lead.id, alt: 'The square at noon', caption: '', credit: '' },
        body: { type: 'doc', content: [paragraph('Residents worked through the night.'), figure(body, 'Volunteers pass sandbags')] },
      },
    }),
  );
  return { id: draft.id, body, lead };
}

async function pictureOn(engine: Engine, id: string): Promise<ImageInfo> {
  return eventually(`picture ${id.slice(0, 16)}… on the other laptop`, async () => {
    const result = await engine.call('images:get', { id });
    return result.ok ? result.value : undefined;
  });
}

describe('pictures travelling with their drafts through the newsroom server', () => {
  it('brings a draft’s pictures to another laptop, unopened, without the photo’s location or camera', async () => {
    const ana = laptop('reporter');
    const ben = laptop('editor');
    const tagged = hasExiftool ? withRevealingTags(await makePhoto(2400, 1600)) : await makePhoto(2400, 1600);
    const draft = await photoDraft(ana.engine, tagged);
    const [body, lead] = [await pictureOn(ben.engine, draft.body.id), await pictureOn(ben.engine, draft.lead.id)];
    expect([body.width, body.height, body.format, lead.format]).toEqual([draft.body.width, draft.body.height, 'jpeg', 'png']);
    expect(body.variants).toEqual(draft.body.variants);
    expect([body.caption, body.credit, body.removed]).toEqual([draft.body.caption, draft.body.credit, draft.body.removed]);
    const full = readImageCopy(ben.engine.db, body.id, body.width);
    expect(full?.width).toBe(body.width);
    if (hasExiftool) {
      expect(draft.body.removed.join(' ')).toMatch(/GPS/);
      const tags: unknown = await exifr.parse(full?.bytes ?? new Uint8Array(), { tiff: true, exif: true, gps: true, iptc: true, xmp: true }).catch(() => undefined);
      expect(JSON.stringify(tags ?? {})).not.toMatch(/GPS|Canon|082024001234/);
    }
    const { checklist } = valueOf(await ben.engine.call('export:check', { id: draft.id }));
    expect(checklist.filter((item) => item.code === 'image_missing')).toEqual([]);
    const { html } = valueOf(await ben.engine.call('export:render', { id: draft.id, form: 'page' }));
    expect(html).toContain(`data-image-id="${draft.body.id}"`);
  });

  it('gives pictures to a viewer, who reads but cannot add any', async () => {
    const ana = laptop('reporter');
    const viewer = laptop('viewer');
    const draft = await photoDraft(ana.engine, await makePhoto(900, 600));
    await pictureOn(viewer.engine, draft.body.id);
    const bundle = bundleOfStoredImage(ana.engine.db, draft.body.id);
    if (bundle === null) throw new Error('no bundle');
    const put = await fetch(`${http()}${serverImagePath(draft.body.id)}`, { method: 'PUT', body: encodeImageBundle(bundle), headers: { Authorization: `Bearer ${viewer.token}` } });
    expect([put.status, ((await put.json()) as { message: string }).message]).toEqual([403, 'A viewer cannot add pictures to the desk.']);
  });

  it('serves a picture only with a valid token, for a draft that uses it, and refuses bundles that lie', async () => {
    const ana = laptop('reporter');
    const draft = await photoDraft(ana.engine, await makePhoto(700, 500));
    const other = valueOf(await ana.engine.call('drafts:create', { changes: { headline: 'No pictures here' } }));
    const path = serverImagePath(draft.body.id);
    const auth = { Authorization: `Bearer ${ana.token}` };
    // The picture and the draft that uses it reach the server on their own ways (HTTP and the websocket).
    await eventually('the picture for its draft', async () => (await fetch(`${http()}${path}?draft=${draft.id}`, { headers: auth })).status === 200);
    const statuses = await Promise.all([
      fetch(`${http()}${path}?draft=${draft.id}`).then((response) => response.status),
      fetch(`${http()}${path}?draft=${draft.id}`, { headers: { Authorization: 'Bearer not-a-token' } }).then((response) => response.status),
      fetch(`${http()}${path}`, { headers: auth }).then((response) => response.status),
      fetch(`${http()}${path}?draft=${other.id}`, { headers: auth }).then((response) => response.status),
      fetch(`${http()}${path}`, { method: 'HEAD', headers: auth }).then((response) => response.status),
    ]);
    expect(statuses).toEqual([401, 401, 404, 404, 200]);

    const bundle = bundleOfStoredImage(ana.engine.db, draft.body.id);
    if (bundle === null) throw new Error('no bundle');
    const otherId = `sha256-${'0'.repeat(64)}`;
    const put = (id: string, body: Uint8Array) => fetch(`${http()}${serverImagePath(id)}`, { method: 'PUT', body, headers: auth }).then(async (response) => [response.status, ((await response.json()) as { message: string }).message]);
    expect(await put(otherId, encodeImageBundle(bundle))).toEqual([400, 'The picture does not match its address.']);
    expect(await put(otherId, new TextEncoder().encode('GIF89a, not really'))).toEqual([400, 'These bytes are not a Newsdesk picture.']);
    const pretending = encodeImageBundle({ manifest: { ...bundle.manifest, id: otherId, copy: { ...bundle.manifest.copy, format: 'png' } }, bytes: bundle.bytes });
    expect(await put(otherId, pretending)).toEqual([400, 'The picture’s bytes are not the format it names.']);
    expect((await fetch(`${http()}${serverImagePath(otherId)}`, { method: 'HEAD', headers: auth })).status).toBe(404);
  });

  it('sends a picture added while the server was down once it is back', async () => {
    const ana = laptop('reporter');
    const ben = laptop('editor');
    await eventually('both synced', () => ana.engine.context.sync.status().state === 'synced' && ben.engine.context.sync.status().state === 'synced');
    await shared.server.kill();
    const draft = await photoDraft(ana.engine, await makePhoto(640, 480));
    shared.server = await startServerProcess({ dataDir: shared.dataDir, port: shared.server.port });
    const picture = await pictureOn(ben.engine, draft.body.id);
    expect(picture.width).toBe(640);
  }, 60_000);
});
