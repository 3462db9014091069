import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import type * as Y from 'yjs';
import { ArticleFields, DraftStatus } from '../../../../electron/shared/model/draft';
import { FIELDS_MAP } from '../../../../electron/shared/sync/draftDocShape';
import type { EditableFields } from '../fields/editableFields';
import { FROM_ENGINE, type LiveDraft } from './liveDraft';

type FieldKey = keyof EditableFields;

const fieldSchemas = ArticleFields.extend({ slugLocked: z.boolean() }).shape;
const fieldKeys = Object.keys(fieldSchemas).filter((key): key is FieldKey => key in fieldSchemas);

/** The element (or the start of the ids of the elements) where each field is typed. */
const fieldElementIds: Record<FieldKey, string> = {
  kicker: 'field-kicker', headline: 'field-headline', dek: 'field-dek', authorName: 'field-author', authorBio: 'field-bio',
  dateline: 'field-dateline', section: 'field-section', tags: 'field-tags', language: 'field-language', seoTitle: 'field-seo-title',
  seoDescription: 'field-seo-description', slug: 'field-slug', slugLocked: 'field-slug', leadImage: 'field-lead-image',
};

function isIn(element: EventTarget | null, key: FieldKey): boolean {
  return element instanceof HTMLElement && element.id.startsWith(fieldElementIds[key]);
}

function readField(map: Y.Map<unknown>, key: FieldKey): Partial<EditableFields> {
  const parsed = fieldSchemas[key].safeParse(map.get(key));
  return parsed.success ? { [key]: parsed.data } : {};
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export type LiveFields = {
  fields: EditableFields;
  status: DraftStatus;
  /** The status a store call just gave (the document's copy follows by the engine's update). */
  setStatus: (status: DraftStatus) => void;
  /** The local person's edit: shown at once and written into the document (last writer wins). */
  update: (changes: Partial<EditableFields>) => void;
};

/**
 * The article fields and status, kept in the draft's `fields` map. A field changed elsewhere shows at once,
 * unless the local person is typing in it: then it waits until they leave the field (if they typed meanwhile,
 * theirs is the later write and stays).
 */
export function useLiveFields(live: LiveDraft, initialFields: EditableFields, initialStatus: DraftStatus): LiveFields {
  const [fields, setFields] = useState(initialFields);
  const [status, setStatus] = useState(initialStatus);
  const waiting = useRef(new Set<FieldKey>());
  const map = live.doc.getMap<unknown>(FIELDS_MAP);

  useEffect(() => {
    const show = (keys: Iterable<FieldKey>) => {
      const changes: Partial<EditableFields> = {};
      for (const key of keys) Object.assign(changes, readField(map, key));
      // The engine writes `updatedAt` (not a field here) at each save: the same fields again must not render the
      // whole editor screen, which would hold up the key typed as it does.
      setFields((previous) => (Object.entries(changes).every(([key, value]) => sameValue(previous[key as FieldKey], value)) ? previous : { ...previous, ...changes }));
    };
    const handleChange = (event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (transaction.origin !== FROM_ENGINE) return;
      const now: FieldKey[] = [];
      for (const key of fieldKeys) {
        if (!event.keysChanged.has(key)) continue;
        if (isIn(document.activeElement, key)) waiting.current.add(key);
        else now.push(key);
      }
      show(now);
      const nextStatus = DraftStatus.safeParse(map.get('status'));
      if (event.keysChanged.has('status') && nextStatus.success) setStatus(nextStatus.data);
    };
    const handleFocusOut = (event: FocusEvent) => {
      const left = [...waiting.current].filter((key) => isIn(event.target, key) && !isIn(event.relatedTarget, key));
      for (const key of left) waiting.current.delete(key);
      if (left.length > 0) show(left);
    };
    map.observe(handleChange);
    document.addEventListener('focusout', handleFocusOut);
    return () => {
      map.unobserve(handleChange);
      document.removeEventListener('focusout', handleFocusOut);
    };
  }, [map]);

  const update = (changes: Partial<EditableFields>) => {
    setFields((previous) => ({ ...previous, ...changes }));
    live.doc.transact(() => {
      for (const key of fieldKeys) {
        if (!(key in changes)) continue;
        const value: unknown = changes[key];
        waiting.current.delete(key);
        if (value !== undefined && !sameValue(map.get(key), value)) map.set(key, value);
      }
    });
  };

  return { fields, status, setStatus, update };
}
