import { z } from 'zod';
import { ImageFormat, ImageId, imageLimits } from '../model/image';

/**
 * How a picture travels between a laptop and the newsroom server: what the store knows of it (its id, the
 * format it came in, the photo's own caption and by-line, what was stripped) and its full-size copy, which
 * is already without location or device metadata. The receiving laptop makes its smaller copies itself.
 *
 * On the wire: the 6 bytes `NDIMG1`, the manifest's length (4 bytes, big-endian), the manifest as UTF-8
 * JSON, then the copy's bytes.
 */
export const ImageManifest = z
  .object({
    id: ImageId,
    format: ImageFormat,
    sourceBytes: z.number().int().positive().max(imageLimits.bytes),
    caption: z.string().max(2000),
    credit: z.string().max(300),
    removed: z.array(z.string().max(100)).max(50),
    copy: z
      .object({
        width: z.number().int().positive().max(100_000),
        height: z.number().int().positive().max(100_000),
        format: z.enum(['jpeg', 'png', 'webp', 'gif']),
        bytes: z.number().int().positive().max(imageLimits.bytes),
      })
      .strict(),
  })
  .strict();
export type ImageManifest = z.infer<typeof ImageManifest>;

/** A picture ready to send or just received. */
export type ImageBundle = { manifest: ImageManifest; bytes: Uint8Array };

const MAGIC = new TextEncoder().encode('NDIMG1');
const MAX_MANIFEST_BYTES = 64 * 1024;

/** The largest bundle a laptop sends or a server takes: the largest picture and its manifest. */
export const MAX_BUNDLE_BYTES = MAGIC.length + 4 + MAX_MANIFEST_BYTES + imageLimits.bytes;

/** The path a picture is kept at on the newsroom server (`/images/sha256-…`). */
export function serverImagePath(id: string): string {
  return `/images/${id}`;
}

/** The image id a server path names, or null for any other path. */
export function imageIdOfPath(pathname: string): string | null {
  const match = /^\/images\/(sha256-[0-9a-f]{64})$/.exec(pathname);
  return match?.[1] ?? null;
}

/** The bytes of a bundle, as they go over the wire. */
export function encodeImageBundle(bundle: ImageBundle): Uint8Array<ArrayBuffer> {
  const manifest = new TextEncoder().encode(JSON.stringify({ ...bundle.manifest, copy: { ...bundle.manifest.copy, bytes: bundle.bytes.length } }));
  const out = new Uint8Array(MAGIC.length + 4 + manifest.length + bundle.bytes.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, manifest.length);
  out.set(manifest, MAGIC.length + 4);
  out.set(bundle.bytes, MAGIC.length + 4 + manifest.length);
  return out;
}

/** A bundle read back, or a sentence saying why these bytes are not one. */
export function decodeImageBundle(data: Uint8Array): ImageBundle | { error: string } {
  if (data.length > MAX_BUNDLE_BYTES) return { error: 'The picture is larger than Newsdesk takes.' };
  if (data.length < MAGIC.length + 4 || MAGIC.some((byte, index) => data[index] !== byte)) return { error: 'These bytes are not a Newsdesk picture.' };
  const length = new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(MAGIC.length);
  const start = MAGIC.length + 4;
  if (length > MAX_MANIFEST_BYTES || start + length > data.length) return { error: 'The picture’s description is cut short.' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(start, start + length)));
  } catch {
    return { error: 'The picture’s description is not readable.' };
  }
  const manifest = ImageManifest.safeParse(json);
  if (!manifest.success) return { error: 'The picture’s description is not one Newsdesk knows.' };
  const bytes = data.subarray(start + length);
  if (bytes.length !== manifest.data.copy.bytes) return { error: 'The picture arrived cut short.' };
  return { manifest: manifest.data, bytes };
}
