import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { cleanPastedHtml } from '../../../electron/shared/paste/cleanPastedHtml';
import { pictureSources, type StoredPicture } from '../../../electron/shared/paste/pastedImages';
import { describePasteReport } from '../publishing/pasteTransform';
import { showImageNotice } from './imageNotice';
import { insertImageFiles, isImageFile, storeImageBytes } from './insertImages';

const DATA_URL = /^data:image\/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=]+)$/i;

function decodeDataUrl(src: string): Uint8Array | null {
  const match = DATA_URL.exec(src.replace(/\s+/g, ''));
  if (match?.[1] === undefined) return null;
  try {
    return Uint8Array.from(atob(match[1]), (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}

function imageFilesOf(data: DataTransfer | null): File[] {
  return data ? [...data.files].filter(isImageFile) : [];
}

/**
 * Stores the pictures a pasted web page or Word document carries, then pastes it cleaned, with them
 * as figures: `data:` pictures from their bytes; others (web or file addresses, never fetched) from
 * the picture files on the clipboard, in order, when there are any.
 */
async function pasteHtmlWithImages(editor: Editor, html: string, files: File[]): Promise<void> {
  showImageNotice(null);
  const pictures = new Map<string, StoredPicture>();
  const spareFiles = [...files];
  for (const src of pictureSources(html, new DOMParser())) {
    const inline = decodeDataUrl(src);
    const file = inline === null ? spareFiles.shift() : undefined;
    const bytes = inline ?? (file ? new Uint8Array(await file.arrayBuffer()) : null);
    if (bytes === null) continue;
    const image = await storeImageBytes(file?.name || 'pasted picture', bytes);
    if (image !== null) pictures.set(src, { id: image.id, caption: image.caption, credit: image.credit, width: image.width, height: image.height });
  }
  const cleaned = cleanPastedHtml(html, new DOMParser(), pictures);
  if (editor.isDestroyed) return;
  // With a card selected (a picture just inserted), the paste goes after it, never over it.
  const { selection } = editor.state;
  if (selection instanceof NodeSelection) editor.commands.insertContentAt(selection.to, cleaned.html);
  else editor.commands.insertContent(cleaned.html);
  if (cleaned.removedLinks.length > 0 || cleaned.droppedImages > 0) showImageNotice({ kind: 'info', message: describePasteReport(cleaned) });
}

function handlePaste(editor: Editor, event: ClipboardEvent): boolean {
  const files = imageFilesOf(event.clipboardData);
  const html = event.clipboardData?.getData('text/html') ?? '';
  const sources = html === '' ? [] : pictureSources(html, new DOMParser());
  const hasText = html !== '' && (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').trim() !== '';
  if (files.length > 0 && !hasText) {
    void insertImageFiles(editor, files);
    return true;
  }
  if (sources.some((src) => src.startsWith('data:')) || (files.length > 0 && sources.length > 0)) {
    void pasteHtmlWithImages(editor, html, files);
    return true;
  }
  return false;
}

function handleDrop(editor: Editor, view: EditorView, event: DragEvent, moved: boolean): boolean {
  if (moved) return false;
  const files = imageFilesOf(event.dataTransfer);
  if (files.length === 0) return false;
  event.preventDefault();
  const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
  void insertImageFiles(editor, files, position);
  return true;
}

/**
 * Pictures into the body by dropping files on it or pasting: clipboard picture bytes, or a web page
 * or Word document's HTML carrying pictures. Each is stored by the engine first (refusals shown,
 * nothing else changed), then inserted as a figure.
 */
export const ImageInput = Extension.create({
  name: 'imageInput',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('imageInput'),
        props: {
          // Before ProseMirror parses the clipboard: its cleanup would report these pictures as left out.
          handleDOMEvents: {
            paste: (_view, event) => {
              if (!handlePaste(editor, event)) return false;
              event.preventDefault();
              return true;
            },
          },
          handleDrop: (view, event, _slice, moved) => handleDrop(editor, view, event, moved),
        },
      }),
    ];
  },
});
