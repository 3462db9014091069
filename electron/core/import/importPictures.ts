import { isAbsolute, resolve } from 'node:path';
import type { ImageInfo } from '../../shared/model/image';
import type { StoredPicture } from '../../shared/paste/pastedImages';
import { readImageFile } from '../images/readImageFile';
import { htmlPictureSources } from './htmlDocument';

/** Stores a picture that came with imported copy (the engine's store, by content hash). */
export type PictureStore = (name: string, bytes: Uint8Array) => Promise<ImageInfo>;

const DATA_URL = /^data:image\/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=\s]+)$/i;

async function readSource(src: string, folder: string | undefined): Promise<{ name: string; bytes: Uint8Array } | null> {
  const data = DATA_URL.exec(src);
  if (data?.[1] !== undefined) return { name: 'embedded picture', bytes: new Uint8Array(Buffer.from(data[1].replace(/\s+/g, ''), 'base64')) };
  // Only a path beside the imported file: never a web address (nothing is fetched), never an absolute path.
  if (folder === undefined || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\') || isAbsolute(src)) return null;
  let path: string;
  try {
    path = resolve(folder, decodeURI(src.split(/[?#]/)[0] ?? ''));
  } catch {
    return null;
  }
  return readImageFile(path);
}

/**
 * Stores the pictures an imported document carries: embedded ones (`data:` URLs, as mammoth gives a
 * Word document's) and files named relative to the document (Markdown's `![alt](photo.jpg)`).
 * Web addresses are not fetched; a picture that cannot be read or is refused is left out (and
 * counted as dropped by the cleanup).
 */
export async function importPictures(html: string, folder: string | undefined, store: PictureStore | undefined): Promise<Map<string, StoredPicture>> {
  const pictures = new Map<string, StoredPicture>();
  if (store === undefined) return pictures;
  for (const src of htmlPictureSources(html)) {
    try {
      const source = await readSource(src, folder);
      if (source === null) continue;
      const image = await store(source.name, source.bytes);
      pictures.set(src, { id: image.id, caption: image.caption, credit: image.credit, width: image.width, height: image.height });
    } catch {
      // Refused or unreadable: the cleanup counts it among the dropped images.
    }
  }
  return pictures;
}
