import * as Y from 'yjs';
import { bodyBlocks, textAttr } from '../model/bodyNodes';
import { ImageId } from '../model/image';

/**
 * The pictures a draft's document uses: its lead image (the `leadImage` field) and every figure in the body.
 * The newsroom server serves a picture only to someone asking for a draft that uses it.
 */
export function imageIdsOfDoc(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  const lead: unknown = doc.getMap('fields').get('leadImage');
  if (typeof lead === 'object' && lead !== null && 'id' in lead && ImageId.safeParse(lead.id).success) ids.add(String(lead.id));
  for (const element of doc.getXmlFragment('body').createTreeWalker((node) => node instanceof Y.XmlElement && node.nodeName === 'figure')) {
    if (!(element instanceof Y.XmlElement)) continue;
    const image: unknown = element.getAttribute('image');
    if (ImageId.safeParse(image).success) ids.add(String(image));
  }
  return ids;
}

/** The pictures a stored draft uses: its lead image and every figure of its body. */
export function imageIdsOfDraft(draft: { leadImage: { id: string } | null; body: unknown }): Set<string> {
  const ids = new Set<string>();
  if (draft.leadImage !== null) ids.add(draft.leadImage.id);
  for (const block of bodyBlocks(draft.body)) {
    const image = block.type === 'figure' ? textAttr(block.attrs, 'image') : '';
    if (ImageId.safeParse(image).success) ids.add(image);
  }
  return ids;
}
