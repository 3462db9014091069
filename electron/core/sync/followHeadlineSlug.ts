import type { Database } from 'better-sqlite3';
import type * as Y from 'yjs';
import { followsHeadlineSlug, headlineSlug } from '../../shared/model/slugify';
import { uniqueSlug } from '../drafts/uniqueSlug';
import { fieldsOf } from './draftDoc';

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/**
 * The slug an unlocked slug must become to follow the headline, unique on this laptop, as a save makes it
 * (the page edits the headline in the document, the engine writes the slug it gives); null when it follows.
 */
export function followHeadlineSlug(db: Database, doc: Y.Doc, id: string): string | null {
  const fields = fieldsOf(doc);
  if (fields.get('slugLocked') === true) return null;
  const base = headlineSlug(text(fields.get('headline'), ''), text(fields.get('language'), 'en'));
  if (followsHeadlineSlug(text(fields.get('slug'), ''), base)) return null;
  return uniqueSlug(db, base, id);
}
