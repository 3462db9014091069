import type { EditableFields } from './editableFields';

/** Says so when the slug typed by hand is another draft's, and which slug this draft keeps meanwhile. */
export function SlugTakenNote({ fields, savedSlug }: { fields: EditableFields; savedSlug: string }) {
  if (!fields.slugLocked || fields.slug === '' || savedSlug === fields.slug) return null;
  return (
    <p className="hint hint--error" role="status">
      Another draft already uses the slug “{fields.slug}”, so this draft is saved as “{savedSlug}” until you choose another.
    </p>
  );
}
