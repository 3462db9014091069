import { Editor, type AnyExtension } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { articleSchema } from '../../electron/shared/editor/schemaFingerprint';
import { BODY_FIELD } from '../../electron/shared/sync/draftDocShape';
import { editorExtensions } from '../../renderer/src/editor/editorExtensions';

/** The origin of an update relayed from the other laptop. */
export const REMOTE = Symbol('remote');

export type TwoLaptops = { docs: [Y.Doc, Y.Doc]; editors: [Editor, Editor] };

/**
 * Two laptops' copies of one draft of plain paragraphs, each in the editor the app runs (Collaboration
 * on the live document). With `relay`, every change reaches the other at once; without, they are
 * offline until `reconnect`. `adjust` changes one laptop's extensions (its author, say).
 */
export function twoLiveEditors(paragraphs: string[], options: { relay: boolean; adjust?: (extension: AnyExtension, laptop: number) => AnyExtension }, made: Editor[]): TwoLaptops {
  const first = new Y.Doc();
  const content = paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  prosemirrorJSONToYXmlFragment(articleSchema(), { type: 'doc', content }, first.getXmlFragment(BODY_FIELD));
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first), REMOTE);
  if (options.relay) {
    first.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(second, update, REMOTE));
    second.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(first, update, REMOTE));
  }
  const editors = [first, second].map((doc, laptop) => {
    const extensions = editorExtensions({ liveDoc: doc }).map((extension) => options.adjust?.(extension, laptop) ?? extension);
    return new Editor({ extensions, injectCSS: false });
  });
  made.push(...editors);
  const [a, b] = editors;
  if (!a || !b) throw new Error('Two editors were not made.');
  return { docs: [first, second], editors: [a, b] };
}

/** Two offline copies exchange what the other lacks, as on reconnecting to the server. */
export function reconnect([first, second]: [Y.Doc, Y.Doc]): void {
  Y.applyUpdate(first, Y.encodeStateAsUpdate(second, Y.encodeStateVector(first)), REMOTE);
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first, Y.encodeStateVector(second)), REMOTE);
}
