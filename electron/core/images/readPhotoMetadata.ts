/** What a photo says about itself that matters to the newsroom. */
export type PhotoMetadata = {
  /** The photo's own caption (IPTC Caption-Abstract, EXIF ImageDescription, XMP description). */
  caption: string;
  /** The photographer (IPTC By-line, EXIF Artist, XMP creator, IPTC Credit). */
  credit: string;
  /** What the stored copy leaves out, in words for the reporter. */
  removed: string[];
};

const none: PhotoMetadata = { caption: '', credit: '', removed: [] };

function firstText(...values: unknown[]): string {
  for (const value of values) {
    const candidate = Array.isArray(value) ? value.find((entry) => typeof entry === 'string') : value;
    if (typeof candidate === 'object' && candidate !== null && 'value' in candidate && typeof candidate.value === 'string') return candidate.value.trim();
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.replace(/\s+/g, ' ').trim();
  }
  return '';
}

function present(tags: Record<string, unknown>, ...names: string[]): boolean {
  return names.some((name) => tags[name] !== undefined && tags[name] !== '');
}

function removedItems(tags: Record<string, unknown>): string[] {
  const removed: string[] = [];
  if (present(tags, 'latitude', 'longitude', 'GPSLatitude', 'GPSLongitude')) removed.push('GPS location');
  if (present(tags, 'Make', 'Model', 'LensModel', 'LensMake')) removed.push('camera make and model');
  if (present(tags, 'SerialNumber', 'BodySerialNumber', 'LensSerialNumber', 'InternalSerialNumber', 'CameraSerialNumber')) removed.push('camera serial number');
  if (present(tags, 'DateTimeOriginal', 'CreateDate')) removed.push('time taken');
  if (present(tags, 'Software', 'HostComputer')) removed.push('software and computer');
  if (present(tags, 'City', 'Sublocation', 'State', 'Country', 'ContentLocationName')) removed.push('place names');
  if (present(tags, 'OwnerName', 'CameraOwnerName')) removed.push('camera owner');
  return removed;
}

/**
 * Reads a photo's own caption, by-line and privacy-relevant tags (EXIF, GPS, IPTC, XMP) with exifr.
 * A photo without metadata, or with metadata exifr cannot read, has none: that never stops a picture.
 */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  try {
    const exifr = (await import('exifr')).default;
    const parsed: unknown = await exifr.parse(Buffer.from(bytes), { tiff: true, exif: true, gps: true, iptc: true, xmp: true, icc: false, jfif: false, ihdr: false, mergeOutput: true });
    if (typeof parsed !== 'object' || parsed === null) return none;
    const tags: Record<string, unknown> = { ...parsed };
    return {
      caption: firstText(tags.Caption, tags.ImageDescription, tags.description).slice(0, 2000),
      credit: firstText(tags.Byline, tags.Artist, tags.creator, tags.Credit).slice(0, 300),
      removed: removedItems(tags),
    };
  } catch {
    return none;
  }
}
