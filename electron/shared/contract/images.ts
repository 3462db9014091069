import { z } from 'zod';
import { ImageId, ImageInfo, imageLimits } from '../model/image';
import { channel } from './channel';

/** Base64 of the largest picture taken, with room for padding. */
const MAX_BASE64 = Math.ceil((imageLimits.bytes * 4) / 3) + 4;

/** Channels of pictures: bringing one in (dialog, drop, paste) and reading what is stored. */
export const imagesChannels = {
  'images:choose': channel(
    z.object({}).strict(),
    ImageInfo.nullable(),
    'Asks for a picture with the native open dialog and stores it; null when cancelled. The page never names a path.',
  ),
  'images:add': channel(
    z.object({ name: z.string().min(1).max(255), base64: z.string().min(1).max(MAX_BASE64) }).strict(),
    ImageInfo,
    'Stores a dropped or pasted picture, given as its name and bytes; refused with `unreadable_input` when it is not a JPEG, PNG, WebP, GIF or AVIF picture, is damaged, or is over 40 MB or 100 megapixels.',
  ),
  'images:get': channel(z.object({ id: ImageId }).strict(), ImageInfo, 'A stored picture: its size, its copies and what was stripped from it.'),
} as const;
