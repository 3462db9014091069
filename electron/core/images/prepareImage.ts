import { createHash } from 'node:crypto';
import type SharpModule from 'sharp';
import { AppError } from '../../shared/contract/result';
import { imageLimits, imageVariantWidths, type ImageFormat, type ImageId } from '../../shared/model/image';
import { readPhotoMetadata, type PhotoMetadata } from './readPhotoMetadata';
import { sniffImageType } from './sniffImageType';

/** The formats copies are written in: AVIF (slow to encode, and not every site takes it) becomes WebP. */
export type StoredFormat = Exclude<ImageFormat, 'avif'>;

/** One stored copy of a picture, without metadata but its colour profile, turned upright. */
export type ImageCopy = { width: number; height: number; format: StoredFormat; bytes: Uint8Array };

/** A picture ready to store: its id, size, copies (smallest first, the last full-size) and its own metadata. */
export type PreparedImage = PhotoMetadata & {
  id: ImageId;
  format: ImageFormat;
  width: number;
  height: number;
  sourceBytes: number;
  copies: ImageCopy[];
};

/** The id of a picture: the SHA-256 of its bytes as they came in, so the same file is stored once. */
export function imageIdOf(bytes: Uint8Array): ImageId {
  return `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Refuses what is not a picture Newsdesk takes, or is too large, before any decoding. */
export function checkImageBytes(name: string, bytes: Uint8Array): ImageFormat {
  if (bytes.length > imageLimits.bytes) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    throw new AppError('unreadable_input', `${name} is ${megabytes} MB; a picture can be at most ${imageLimits.bytes / 1024 / 1024} MB.`);
  }
  const format = sniffImageType(bytes);
  if (format === null) throw new AppError('unreadable_input', `${name} is not a picture Newsdesk can use: it takes JPEG, PNG, WebP, GIF and AVIF files.`);
  return format;
}

/** The widths of the copies: the page's widths under the full size, then the full size. */
export function copyWidths(fullWidth: number): number[] {
  return [...imageVariantWidths.filter((width) => width < fullWidth), fullWidth];
}

const damaged = (name: string) => new AppError('unreadable_input', `${name} could not be read as a picture: the file may be damaged.`);

type Sharp = typeof SharpModule;

function encoder(sharp: Sharp, bytes: Uint8Array, format: ImageFormat, width: number, full: boolean) {
  const animated = format === 'gif';
  const pipeline = sharp(bytes, { failOn: 'error', limitInputPixels: imageLimits.pixels, animated })
    .autoOrient()
    .keepIccProfile()
    .resize({ width, withoutEnlargement: true });
  if (format === 'jpeg') return pipeline.jpeg({ quality: full ? 90 : 82, progressive: true });
  if (format === 'png') return pipeline.png();
  if (format === 'gif') return pipeline.gif();
  return pipeline.webp({ quality: full ? 90 : 80 });
}

function storedFormat(format: ImageFormat): StoredFormat {
  return format === 'avif' ? 'webp' : format;
}

async function uprightSize(sharp: Sharp, name: string, bytes: Uint8Array, format: ImageFormat): Promise<{ width: number; height: number }> {
  let metadata: Awaited<ReturnType<ReturnType<Sharp>['metadata']>>;
  try {
    metadata = await sharp(bytes, { failOn: 'none', limitInputPixels: false, animated: format === 'gif' }).metadata();
  } catch {
    throw damaged(name);
  }
  const width = metadata.width;
  const height = metadata.pageHeight ?? metadata.height;
  if (!width || !height) throw damaged(name);
  if (width * height > imageLimits.pixels) {
    const megapixels = ((width * height) / 1_000_000).toFixed(0);
    throw new AppError('unreadable_input', `${name} is ${width} × ${height} pixels (${megapixels} megapixels); a picture can be at most ${imageLimits.pixels / 1_000_000} megapixels.`);
  }
  const turned = (metadata.orientation ?? 1) >= 5;
  return turned ? { width: height, height: width } : { width, height };
}

/**
 * Reads a picture the reporter brought in and makes its copies with sharp (on libuv's threads, off
 * the page and off the engine's event loop): every width the website uses, and the full size, each
 * turned upright with its colour profile and nothing else of its metadata (no GPS, no camera, no
 * serial number). Refuses with `unreadable_input`, in one sentence, what is not a picture, is
 * damaged, or is over 40 MB or 100 megapixels.
 */
export async function prepareImage(name: string, bytes: Uint8Array): Promise<PreparedImage> {
  const format = checkImageBytes(name, bytes);
  const sharp = (await import('sharp')).default;
  const size = await uprightSize(sharp, name, bytes, format);
  const widths = copyWidths(size.width);
  const output = storedFormat(format);
  let copies: ImageCopy[];
  try {
    copies = await Promise.all(
      widths.map(async (width) => {
        const { data, info } = await encoder(sharp, bytes, format, width, width === size.width).toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.pageHeight ?? info.height, format: output, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
      }),
    );
  } catch {
    throw damaged(name);
  }
  const metadata = await readPhotoMetadata(bytes);
  return { id: imageIdOf(bytes), format, ...size, sourceBytes: bytes.length, copies, ...metadata };
}
