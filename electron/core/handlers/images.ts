import type { imagesChannels } from '../../shared/contract/images';
import { AppError } from '../../shared/contract/result';
import { requireImageInfo } from '../images/getImage';
import { imageFileExtensions, readImageFile } from '../images/readImageFile';
import { storeImage } from '../images/storeImage';
import type { DomainHandlers } from './domainHandlers';

function decodeBase64(name: string, base64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new AppError('unreadable_input', `${name} could not be read.`);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** Handlers for the `images:*` channels. */
export const imagesHandlers: DomainHandlers<keyof typeof imagesChannels> = {
  'images:choose': async (_input, { db, host, now }) => {
    const path = await host.chooseOpenPath({ title: 'Insert image', filters: [{ name: 'Pictures', extensions: imageFileExtensions }] });
    if (path === null) return null;
    const file = await readImageFile(path);
    return storeImage(db, file.name, file.bytes, now());
  },
  'images:add': (input, { db, now }) => storeImage(db, input.name, decodeBase64(input.name, input.base64), now()),
  'images:get': (input, { db }) => requireImageInfo(db, input.id),
};
