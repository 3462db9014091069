import { ImageFormat, type ImageInfo } from '../../shared/model/image';
import type { StoredFormat } from './prepareImage';

/** A row of the `images` table. */
export type ImageRow = {
  id: string;
  format: string;
  width: number;
  height: number;
  source_bytes: number;
  caption: string;
  credit: string;
  removed: string;
  created_at: string;
};

/** A row of `image_files`: one stored copy. */
export type ImageFileRow = { width: number; height: number; format: StoredFormat; bytes: Buffer };

function readRemoved(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/** The image as the page sees it, with the widths of its copies. */
export function rowToImageInfo(row: ImageRow, variants: number[]): ImageInfo {
  const format = ImageFormat.safeParse(row.format);
  return {
    id: row.id,
    format: format.success ? format.data : 'jpeg',
    width: row.width,
    height: row.height,
    variants,
    caption: row.caption,
    credit: row.credit,
    removed: readRemoved(row.removed),
  };
}
