import type { Editor } from '@tiptap/core';
import type { ImageInfo } from '../../../electron/shared/model/image';
import { request } from '../api/request';
import { toBase64 } from '../api/toBase64';
import { returnFocusToBody } from '../editor/returnFocusToBody';
import { showImageNotice } from './imageNotice';

/** File name endings of the pictures Newsdesk takes (the engine reads the real type from the bytes). */
const IMAGE_NAME = /\.(jpe?g|png|webp|gif|avif)$/i;

/** Whether a dropped or pasted file looks like a picture (by its type or name; the engine checks the bytes). */
export function isImageFile(file: File): boolean {
  return file.type.startsWith('image/') || IMAGE_NAME.test(file.name);
}

/** Stores a picture's bytes in the engine; shows the refusal and returns null when it is refused. */
export async function storeImageBytes(name: string, bytes: Uint8Array): Promise<ImageInfo | null> {
  const result = await request((api) => api.images.add({ name, base64: toBase64(bytes) }));
  if (result.ok) return result.value;
  showImageNotice({ kind: 'error', message: result.error.message });
  return null;
}

/**
 * Puts stored pictures into the body as figures, at `position` (a drop) or the cursor, each its own
 * undo step, caption and credit prefilled from the photo's own metadata (each card notes what was stripped).
 */
export function insertStoredImages(editor: Editor, images: readonly ImageInfo[], position?: number): void {
  if (editor.isDestroyed || images.length === 0) return;
  let chain = editor.chain();
  if (position !== undefined) chain = chain.setTextSelection(position);
  for (const image of images) {
    chain = chain.insertFigure({ image: image.id, caption: image.caption, credit: image.credit, width: image.width, height: image.height });
  }
  chain.run();
  returnFocusToBody(editor);
}

/** Stores dropped or pasted picture files (refusals shown, the rest kept) and inserts them. */
export async function insertImageFiles(editor: Editor, files: readonly File[], position?: number): Promise<void> {
  showImageNotice(null);
  const stored: ImageInfo[] = [];
  for (const file of files) {
    const image = await storeImageBytes(file.name || 'pasted picture', new Uint8Array(await file.arrayBuffer()));
    if (image !== null) stored.push(image);
  }
  insertStoredImages(editor, stored, position);
}

/** Toolbar "Insert image" and `/image`: the native open dialog in the main process (the page never names a path). */
export async function chooseAndInsertImage(editor: Editor): Promise<void> {
  showImageNotice(null);
  const result = await request((api) => api.images.choose({}));
  if (!result.ok) {
    showImageNotice({ kind: 'error', message: result.error.message });
    returnFocusToBody(editor);
    return;
  }
  if (result.value === null) {
    returnFocusToBody(editor);
    return;
  }
  insertStoredImages(editor, [result.value]);
}
