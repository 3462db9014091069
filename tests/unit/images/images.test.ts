import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/core/engine';
import { sniffImageType } from '../../../electron/core/images/sniffImageType';
import { readImageCopy } from '../../../electron/core/images/getImage';
import { imageLimits, type ImageInfo } from '../../../electron/shared/model/image';
import { errorOf, memoryEngine, temporaryFolder, valueOf } from '../support/testEngine';
import { hasExiftool, makePhoto, withRevealingTags } from './photoFixtures';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function pngHeader(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(100))), chunk('IEND', Buffer.alloc(0))]));
}

let engine: Engine;
let photo: Uint8Array;
beforeAll(async () => {
  engine = memoryEngine();
  photo = await makePhoto(2000, 1200);
});
afterAll(() => engine.close());

const add = (name: string, bytes: Uint8Array) => engine.call('images:add', { name, base64: base64(bytes) });

describe('reading what a file really is', () => {
  it('knows JPEG, PNG, WebP, GIF and AVIF by their bytes, whatever the name says', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'gif', 'avif'] as const) {
      expect(sniffImageType(await makePhoto(16, 16, format))).toBe(format);
    }
    expect(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
  });

  it('stores a PNG named .jpg as the PNG it is', async () => {
    const image = valueOf(await add('holiday.jpg', await makePhoto(300, 200, 'png')));
    expect(image.format).toBe('png');
    expect(readImageCopy(engine.db, image.id, 300)?.format).toBe('png');
  });
});

describe('refusing what is not a picture Newsdesk can use', () => {
  it('refuses a text file, a damaged JPEG and an over-size file with a clear message', async () => {
    expect(errorOf(await add('notes.jpg', new TextEncoder().encode('not a picture at all')))).toMatchObject({
      code: 'unreadable_input',
      message: 'notes.jpg is not a picture Newsdesk can use: it takes JPEG, PNG, WebP, GIF and AVIF files.',
    });
    const damaged = photo.slice(0, 600);
    expect(errorOf(await add('torn.jpg', damaged)).message).toBe('torn.jpg could not be read as a picture: the file may be damaged.');
    const huge = new Uint8Array(imageLimits.bytes + 1);
    huge.set(photo.subarray(0, 16));
    expect(errorOf(await add('huge.jpg', huge)).message).toMatch(/^huge\.jpg is 40\.0 MB; a picture can be at most 40 MB\.$/);
    expect(engine.db.prepare('SELECT count(*) FROM images WHERE source_bytes IN (?, ?)').pluck().get(damaged.length, huge.length)).toBe(0);
  });

  it('refuses a picture over 100 megapixels before decoding it', async () => {
    // A PNG whose header claims 12000 × 9000 pixels (108 MP): refused from the header alone.
    const error = errorOf(await add('poster.png', pngHeader(12000, 9000)));
    expect(error.message).toBe('poster.png is 12000 × 9000 pixels (108 megapixels); a picture can be at most 100 megapixels.');
  });
});

describe('storing by content hash', () => {
  it('stores the same file once and gives it the same id', async () => {
    const first = valueOf(await add('a.jpg', photo));
    const second = valueOf(await add('copy of a.jpg', photo));
    expect(second.id).toBe(first.id);
    expect(first.id).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(engine.db.prepare('SELECT count(*) FROM images WHERE id = ?').pluck().get(first.id)).toBe(1);
  });

  it('makes the page widths and the full size, each the size it says', async () => {
    const image = valueOf(await add('a.jpg', photo));
    expect(image).toMatchObject({ width: 2000, height: 1200, variants: [640, 1024, 1600, 2000] });
    for (const width of image.variants) {
      const copy = readImageCopy(engine.db, image.id, width);
      const metadata = await sharp(copy?.bytes).metadata();
      expect([metadata.width, metadata.height]).toEqual([width, Math.round((1200 * width) / 2000)]);
    }
  });

  it('keeps a small picture at its own size without enlarging it', async () => {
    const image = valueOf(await add('small.webp', await makePhoto(500, 400, 'webp')));
    expect(image.variants).toEqual([500]);
  });
});

describe.skipIf(!hasExiftool)('privacy: location and device metadata (needs /usr/bin/exiftool)', () => {
  let stored: ImageInfo;
  let tagged: Uint8Array;
  beforeAll(async () => {
    tagged = withRevealingTags(photo);
    stored = valueOf(await add('from-the-field.jpg', tagged));
  });

  it('the fixture really carries GPS, camera and serial number', async () => {
    const tags = await exifr.parse(Buffer.from(tagged), { iptc: true });
    expect(tags).toMatchObject({ Make: 'Canon', SerialNumber: '082024001234', latitude: 51.5007 });
  });

  it('keeps no GPS, camera or serial number in any stored copy, and turns the picture upright', async () => {
    expect([stored.width, stored.height]).toEqual([1200, 2000]);
    for (const width of stored.variants) {
      const copy = readImageCopy(engine.db, stored.id, width);
      expect(copy).not.toBeNull();
      const bytes = Buffer.from(copy?.bytes ?? []);
      expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
      const tags: unknown = await exifr.parse(bytes, { tiff: true, exif: true, gps: true, iptc: true, xmp: true });
      expect(tags ?? {}).not.toHaveProperty('Make');
      expect(tags ?? {}).not.toHaveProperty('SerialNumber');
      expect(bytes.includes('082024001234')).toBe(false);
    }
  });

  it('tells the reporter what was removed and prefills caption and credit from the photo', () => {
    expect(stored.removed).toEqual(['GPS location', 'camera make and model', 'camera serial number']);
    expect(stored.caption).toBe('Residents fill sandbags on the harbour wall');
    expect(stored.credit).toBe('Ana Ruiz');
  });
});

describe('the app protocol route', () => {
  it('serves a stored copy by hash and width with its type, and nothing else', async () => {
    const { serveImage } = await import('../../../electron/core/images/serveImage');
    const image = valueOf(await add('a.jpg', photo));
    const hex = image.id.slice('sha256-'.length);
    const answer = serveImage(engine.db, { url: `app://newsdesk/images/${hex}-1024`, method: 'GET' }, "default-src 'self'");
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toBe('image/jpeg');
    expect((await sharp(answer.body).metadata()).width).toBe(1024);
    expect(serveImage(engine.db, { url: `app://newsdesk/images/${'0'.repeat(64)}-1024`, method: 'GET' }, '').status).toBe(404);
    expect(serveImage(engine.db, { url: 'app://newsdesk/images/../newsdesk.sqlite', method: 'GET' }, '').status).toBe(404);
    expect(serveImage(engine.db, { url: `app://newsdesk/images/${hex}-1024`, method: 'POST' }, '').status).toBe(405);
  });
});

describe('the native open dialog', () => {
  it('stores the file the reporter chose, and nothing when they cancel', async () => {
    const { folder, remove } = temporaryFolder();
    try {
      const file = path.join(folder, 'harbour.jpg');
      writeFileSync(file, photo);
      engine.context.host = { ...engine.context.host, chooseOpenPath: async () => file };
      expect(valueOf(await engine.call('images:choose', {}))?.width).toBe(2000);
      engine.context.host = { ...engine.context.host, chooseOpenPath: async () => null };
      expect(valueOf(await engine.call('images:choose', {}))).toBeNull();
    } finally {
      remove();
    }
  });
});
