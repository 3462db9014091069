import type { Mark as PmMark, Node as PmNode } from '@tiptap/pm/model';
import { isSuggestionMarkName } from './suggestionMarks';

/** One pending suggested edit, as the Suggestions list shows it. */
export type Suggestion = {
  id: string;
  kind: 'insert' | 'delete' | 'replace' | 'format' | 'unformat' | 'change';
  /** The text it inserts, deletes or formats (for `replace`, the deleted text). */
  text: string;
  /** For `replace`: the text put in its place. */
  replacement: string;
  /** For `format` / `unformat`: the mark's name (`bold`, `italic`, `link`). */
  format: string;
  author: string | null;
  /** ISO 8601, or null for a suggestion made without a time. */
  at: string | null;
};

type Parts = { id: string; inserted: string; deleted: string; insertedMarks: Set<string>; deletedMarks: Set<string>; formatted: string; format: string; unformat: boolean; other: boolean; author: string | null; at: string | null };

function markName(value: unknown): string {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string' ? value.type : '';
}

function formatNames(node: PmNode): string[] {
  return node.marks.filter((mark) => !isSuggestionMarkName(mark.type.name)).map((mark) => mark.type.name);
}

function addMark(parts: Parts, mark: PmMark, text: string, formats: string[]): void {
  if (parts.author === null && typeof mark.attrs.author === 'string') parts.author = mark.attrs.author;
  if (parts.at === null && typeof mark.attrs.at === 'string') parts.at = mark.attrs.at;
  if (mark.type.name === 'insertion') {
    parts.inserted += text;
    for (const format of formats) parts.insertedMarks.add(format);
  } else if (mark.type.name === 'deletion') {
    parts.deleted += text;
    for (const format of formats) parts.deletedMarks.add(format);
  }
  else if (mark.attrs.type === 'mark') {
    parts.formatted += text;
    const added = markName(mark.attrs.newValue);
    parts.format = added === '' ? markName(mark.attrs.previousValue) : added;
    parts.unformat = added === '';
  } else parts.other = true;
}

/** 0.1.8 suggests formatting inline text as deleting the plain text and inserting it formatted. */
function formatChange(parts: Parts): { format: string; unformat: boolean } | null {
  if (parts.deleted === '' || parts.deleted !== parts.inserted) return null;
  const added = [...parts.insertedMarks].find((name) => !parts.deletedMarks.has(name));
  if (added !== undefined) return { format: added, unformat: false };
  const removed = [...parts.deletedMarks].find((name) => !parts.insertedMarks.has(name));
  return removed === undefined ? null : { format: removed, unformat: true };
}

function toSuggestion(parts: Parts): Suggestion {
  const base = { id: parts.id, author: parts.author, at: parts.at, replacement: '', format: '' };
  const formatting = formatChange(parts);
  if (formatting !== null) return { ...base, kind: formatting.unformat ? 'unformat' : 'format', text: parts.deleted, format: formatting.format };
  if (parts.deleted !== '' && parts.inserted !== '') return { ...base, kind: 'replace', text: parts.deleted, replacement: parts.inserted };
  if (parts.inserted !== '') return { ...base, kind: 'insert', text: parts.inserted };
  if (parts.deleted !== '') return { ...base, kind: 'delete', text: parts.deleted };
  if (parts.format !== '') return { ...base, kind: parts.unformat ? 'unformat' : 'format', text: parts.formatted, format: parts.format };
  return { ...base, kind: 'change', text: parts.formatted };
}

/**
 * The pending suggestions in a document, in reading order, one per id: the parts of a suggestion
 * (a deletion and its replacement) that share an id are one suggestion, accepted or rejected together.
 */
export function listSuggestions(doc: PmNode): Suggestion[] {
  const byId = new Map<string, Parts>();
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (!isSuggestionMarkName(mark.type.name)) continue;
      const id = String(mark.attrs.id);
      let parts = byId.get(id);
      if (parts === undefined) {
        parts = { id, inserted: '', deleted: '', insertedMarks: new Set(), deletedMarks: new Set(), formatted: '', format: '', unformat: false, other: false, author: null, at: null };
        byId.set(id, parts);
      }
      addMark(parts, mark, node.isText ? (node.text ?? '').replaceAll('\u200B', '') : node.isTextblock ? '' : ' ', formatNames(node));
    }
    return true;
  });
  return [...byId.values()].map(toSuggestion);
}
