/** The id of a settings field (its path, `adFormats.1.id`, made safe for an id attribute). */
export function settingsFieldId(field: string): string {
  return `settings-${field.replace(/\./g, '-')}`;
}

/** The attributes that tie a field to its problem, when it has one. */
export function problemProps(field: string, problems: ReadonlyMap<string, string>) {
  const message = problems.get(field);
  return {
    id: settingsFieldId(field),
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? `${settingsFieldId(field)}-error` : undefined,
  };
}

/** A field's problem in plain words, right under it. */
export function FieldError({ field, problems }: { field: string; problems: ReadonlyMap<string, string> }) {
  const message = problems.get(field);
  if (!message) return null;
  return (
    <span id={`${settingsFieldId(field)}-error`} className="field-error">
      {message}
    </span>
  );
}
