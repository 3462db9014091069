import type { FormEvent } from 'react';

/** What a related link holds while the dialog edits it. */
export type LinkFields = { href: string; title: string; label: string };

export type RelatedLinkFieldsProps = {
  fields: LinkFields;
  labels: readonly string[];
  error: string | null;
  submitText: string;
  onChange: (fields: LinkFields) => void;
  onSubmit: () => void;
  onCancel: () => void;
};

/** The link itself: address (chosen or pasted), headline, label; then Cancel / Insert. */
export function RelatedLinkFields({ fields, labels, error, submitText, onChange, onSubmit, onCancel }: RelatedLinkFieldsProps) {
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="related-dialog__form" onSubmit={handleSubmit}>
      <label>
        Article address
        <input className="input" value={fields.href} placeholder="https://… or /section/slug" onChange={(event) => onChange({ ...fields, href: event.target.value })} />
      </label>
      <label>
        Headline
        <input className="input" value={fields.title} maxLength={300} onChange={(event) => onChange({ ...fields, title: event.target.value })} />
      </label>
      <label>
        Label
        <select className="input" value={fields.label} onChange={(event) => onChange({ ...fields, label: event.target.value })}>
          {labels.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {error ? (
        <p className="hint hint--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal__buttons">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          {submitText}
        </button>
      </div>
    </form>
  );
}
