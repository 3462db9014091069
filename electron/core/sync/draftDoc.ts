import { prosemirrorJSONToYXmlFragment, updateYFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { articleSchema } from '../../shared/editor/schemaFingerprint';
import { Draft, type BodyJson } from '../../shared/model/draft';
import { wordCount } from '../../shared/model/wordCount';
import type { PlacedImage } from '../../shared/model/image';
import { BODY_FIELD, FIELDS_MAP } from '../../shared/sync/draftDocShape';
import { blockHunks } from './blockHunks';

/** Every key of a draft kept in the document's `fields` map, each one last-writer-wins. */
export const docFieldKeys = [
  'slug', 'slugLocked', 'kicker', 'headline', 'dek', 'authorName', 'authorBio', 'dateline', 'section', 'tags', 'language',
  'seoTitle', 'seoDescription', 'leadImage', 'status', 'publishedUrl', 'publishedAt', 'createdAt', 'updatedAt', 'deletedAt',
] as const satisfies readonly (keyof Draft)[];

type DocField = (typeof docFieldKeys)[number];
type FieldValue = string | boolean | string[] | PlacedImage | null;

const emptyBody: BodyJson = { type: 'doc', content: [{ type: 'paragraph' }] };

/** The document name of a draft on the desk and on the server. */
export function draftDocName(id: string): string {
  return `draft/${id}`;
}

/** The draft id of a document name, or null for any other document. */
export function draftIdOf(name: string): string | null {
  return name.startsWith('draft/') ? name.slice('draft/'.length) : null;
}

/** The draft's fields (last-writer-wins per key). */
export function fieldsOf(doc: Y.Doc): Y.Map<FieldValue> {
  return doc.getMap(FIELDS_MAP);
}

/** The draft's body, as Tiptap's Collaboration extension edits it. */
export function bodyOf(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(BODY_FIELD);
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The body of a document as ProseMirror JSON (a new draft's single empty paragraph when it has none). */
export function readBody(doc: Y.Doc): BodyJson {
  const fragment = bodyOf(doc);
  if (fragment.length === 0) return emptyBody;
  const json = yXmlFragmentToProsemirrorJSON(fragment);
  return { ...json, type: 'doc' };
}

function blockKey(block: unknown): string {
  return JSON.stringify(articleSchema().nodeFromJSON(block).toJSON());
}

/**
 * Writes a body into the document, changing only the blocks that differ, one run of changed blocks at a time
 * (so a paragraph added on another laptop, or a word typed there, merges with this edit).
 */
export function writeBody(doc: Y.Doc, body: BodyJson): void {
  const fragment = bodyOf(doc);
  if (fragment.length === 0) {
    prosemirrorJSONToYXmlFragment(articleSchema(), body, fragment);
    return;
  }
  let current: unknown[] = [...(readBody(doc).content ?? [])];
  const hunks = blockHunks(current.map(blockKey), body.content ?? [], blockKey);
  let shift = 0;
  for (const hunk of hunks) {
    const start = hunk.start + shift;
    current = [...current.slice(0, start), ...hunk.added, ...current.slice(start + hunk.removed)];
    shift += hunk.added.length - hunk.removed;
    const step = articleSchema().nodeFromJSON({ ...body, content: current });
    updateYFragment(doc, fragment, step, { mapping: new Map(), isOMark: new Map() });
  }
}

/** Writes the draft's fields and body that differ from the document's, in one Yjs transaction. */
export function writeDraftToDoc(doc: Y.Doc, draft: Draft, origin: unknown): void {
  doc.transact(() => {
    const fields = fieldsOf(doc);
    for (const key of docFieldKeys) {
      const value: FieldValue = draft[key];
      // A slug that follows the headline is the row's (deriveDraftRow): the key is left to people, so that one
      // written here cannot win over a slug typed at the same moment.
      if (key === 'slug' && !draft.slugLocked && fields.has(key)) continue;
      if (!fields.has(key) || !sameValue(fields.get(key), value)) fields.set(key, value);
    }
    writeBody(doc, draft.body);
  }, origin);
}

/**
 * The draft a document holds, or null while it has no fields yet (a document still arriving). Fields that are
 * missing or not valid fall back to a new draft's values; the version is the caller's to set.
 */
export function readDraftFromDoc(doc: Y.Doc, id: string, version: number): Draft | null {
  const fields = fieldsOf(doc);
  const createdAt = fields.get('createdAt');
  if (typeof createdAt !== 'string') return null;
  const body = readBody(doc);
  const defaults: Record<DocField, FieldValue> = {
    slug: '', slugLocked: false, kicker: '', headline: '', dek: '', authorName: '', authorBio: '', dateline: '', section: '',
    tags: [], language: 'en', seoTitle: '', seoDescription: '', leadImage: null, status: 'draft', publishedUrl: null, publishedAt: null,
    createdAt, updatedAt: createdAt, deletedAt: null,
  };
  const candidate: Record<string, unknown> = { id, body, wordCount: wordCount(body), version };
  for (const key of docFieldKeys) {
    const value = fields.get(key);
    const single = Draft.shape[key].safeParse(value);
    candidate[key] = value !== undefined && single.success ? single.data : defaults[key];
  }
  const parsed = Draft.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
