import type { BodyJson, DraftChanges } from '../../../electron/shared/model/draft';
import type { EditableFields } from './fields/editableFields';

/**
 * Everything the editor holds as one save: every field and the body. A slug that follows the
 * headline is left out, since sending one would pin it.
 */
export function draftSnapshot(fields: EditableFields, body: BodyJson): DraftChanges {
  const { slug, slugLocked, ...rest } = fields;
  return { ...rest, ...(slugLocked ? { slug, slugLocked } : { slugLocked }), body };
}
