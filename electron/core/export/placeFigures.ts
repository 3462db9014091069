import { exportImagePath } from '../../shared/editor/nodes/figure';
import { imageFileName, imageVariantWidths, type ImageFormat } from '../../shared/model/image';
import type { SiteSettings } from '../../shared/model/settings';

/** One stored copy of a picture as export sees it (no bytes). */
export type ImageCopyRef = { width: number; height: number; format: Exclude<ImageFormat, 'avif'> };

/** The copies of a stored picture, smallest first; [] when the store does not have it. */
export type ImageCatalog = (id: string) => readonly ImageCopyRef[];

/** A file the export writes beside the HTML, in `images/`. */
export type ExportedImageFile = { id: string; width: number; fileName: string };

/** Gives each figure, in the order it is placed, its files, sizes and loading; collects the files to write. */
export type FigurePlacer = {
  /** The export attributes for a figure of `id` (the first placed loads at once, later ones lazily); null when the store lacks it. */
  place: (id: string, lead: boolean) => Record<string, unknown> | null;
  /** Every file the placed figures use, each once. */
  files: () => ExportedImageFile[];
  /** The absolute (or base-relative) address of a picture's largest page copy, for social cards. */
  shareUrl: (id: string) => string | null;
};

const PREFERRED_WIDTH = 1024;
const largestPageWidth = imageVariantWidths[imageVariantWidths.length - 1] ?? 1600;

/** Where exported pictures live: the site's image base URL (ending in `/`), else `images/` beside the page. */
export function imageBase(settings: SiteSettings): string {
  const base = settings.imageBaseUrl.trim();
  if (base === '') return 'images/';
  return base.endsWith('/') ? base : `${base}/`;
}

function pageCopies(copies: readonly ImageCopyRef[]): ImageCopyRef[] {
  return copies.filter((copy) => copy.width <= largestPageWidth);
}

/** A placer over the store's catalog; one per rendered article, so "first figure" means this page's first. */
export function createFigurePlacer(catalog: ImageCatalog, settings: SiteSettings): FigurePlacer {
  const base = imageBase(settings);
  const files = new Map<string, ExportedImageFile>();
  let placed = 0;
  const use = (id: string, copy: ImageCopyRef) => {
    const fileName = imageFileName(id, copy.width, copy.format);
    files.set(fileName, { id, width: copy.width, fileName });
    return exportImagePath(id, copy.width, copy.format, base);
  };
  return {
    place(id, lead) {
      const copies = pageCopies(catalog(id));
      const main = copies.find((copy) => copy.width === PREFERRED_WIDTH) ?? copies[copies.length - 1];
      if (main === undefined) return null;
      const src = use(id, main);
      const srcset = copies.length > 1 ? copies.map((copy) => `${use(id, copy)} ${copy.width}w`).join(', ') : null;
      const attrs = { src, srcset, exportWidth: main.width, exportHeight: main.height, lazy: placed > 0, lead };
      placed += 1;
      return attrs;
    },
    files: () => [...files.values()],
    shareUrl(id) {
      const largest = pageCopies(catalog(id)).at(-1);
      if (largest === undefined) return null;
      const path = exportImagePath(id, largest.width, largest.format, base);
      const site = settings.baseUrl.trim().replace(/\/+$/, '');
      if (/^https?:\/\//i.test(path) || site === '') return path;
      try {
        return new URL(path, `${site}/`).href;
      } catch {
        return path;
      }
    },
  };
}
