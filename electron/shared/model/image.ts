import { z } from 'zod';

/** An image's id: `sha256-` and the hex SHA-256 of the bytes as they came in (the contract's `data-image-id`). */
export const ImageId = z.string().regex(/^sha256-[0-9a-f]{64}$/, 'an image id is sha256- and 64 hex digits');
export type ImageId = z.infer<typeof ImageId>;

/** The picture formats Newsdesk takes in, read from the bytes. */
export const imageFormats = ['jpeg', 'png', 'webp', 'gif', 'avif'] as const;
export const ImageFormat = z.enum(imageFormats);
export type ImageFormat = z.infer<typeof ImageFormat>;

/** The largest picture Newsdesk takes, in bytes and in pixels. */
export const imageLimits = { bytes: 40 * 1024 * 1024, pixels: 100_000_000 } as const;

/** A stored image as the page sees it: size, what the photo said of itself, and what was stripped. */
export const ImageInfo = z.object({
  id: ImageId,
  format: ImageFormat,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Widths of the resized copies, smallest first. */
  variants: z.array(z.number().int().positive()),
  /** The photo's own caption (IPTC/EXIF), '' when it had none. */
  caption: z.string().max(2000),
  /** The photo's own by-line (IPTC/EXIF), '' when it had none. */
  credit: z.string().max(300),
  /** What was taken out of the file, in words ("GPS location", "camera serial number"). */
  removed: z.array(z.string().max(100)),
});
export type ImageInfo = z.infer<typeof ImageInfo>;

/** A picture placed in an article (the lead image, or a figure's attributes): the image and its words. */
export const PlacedImage = z
  .object({
    id: ImageId,
    alt: z.string().max(500),
    caption: z.string().max(2000),
    credit: z.string().max(300),
  })
  .strict();
export type PlacedImage = z.infer<typeof PlacedImage>;

/** The widths export writes and the page's `srcset` lists (and the full size when smaller). */
export const imageVariantWidths = [640, 1024, 1600] as const;

/** File name extensions of the stored formats. */
export const imageExtensions: Record<ImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif' };

/** The site-relative address the app serves a copy at, also the file name export writes (`images/<hex>-<width>.<ext>`). */
export function imageFileName(id: ImageId, width: number, format: ImageFormat): string {
  return `${id.slice('sha256-'.length)}-${width}.${imageExtensions[format]}`;
}
