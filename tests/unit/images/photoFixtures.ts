import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/** Where exiftool is (apt: libimage-exiftool-perl); tests that need it skip, saying so, without it. */
export const exiftoolPath = '/usr/bin/exiftool';
export const hasExiftool = existsSync(exiftoolPath);

/** A noisy photo-like picture of the given size and format (noise keeps encoders honest about size). */
export async function makePhoto(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' = 'jpeg'): Promise<Uint8Array> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 }, noise: { type: 'gaussian', mean: 120, sigma: 40 } } });
  const encoded = format === 'jpeg' ? image.jpeg({ quality: 85 }) : format === 'png' ? image.png() : format === 'webp' ? image.webp() : format === 'gif' ? image.gif() : image.avif({ effort: 0 });
  return new Uint8Array(await encoded.toBuffer());
}

/** Tags a reporter's phone writes: location, camera, serial number, and the agency's caption and by-line. */
export const revealingTags = [
  '-GPSLatitude=51.5007',
  '-GPSLatitudeRef=N',
  '-GPSLongitude=0.1246',
  '-GPSLongitudeRef=W',
  '-Make=Canon',
  '-Model=Canon EOS R5',
  '-SerialNumber=082024001234',
  '-IPTC:Caption-Abstract=Residents fill sandbags on the harbour wall',
  '-IPTC:By-line=Ana Ruiz',
  '-Orientation#=6',
];

/** The photo with revealing EXIF, GPS and IPTC tags written by exiftool. */
export function withRevealingTags(bytes: Uint8Array): Uint8Array {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsdesk-photo-'));
  try {
    const file = path.join(folder, 'photo.jpg');
    writeFileSync(file, bytes);
    execFileSync(exiftoolPath, ['-q', '-overwrite_original', ...revealingTags, file]);
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
