import { useEffect, useRef, useState, type FormEvent } from 'react';

export type TextPromptDialogProps = {
  title: string;
  /** A sentence under the title saying what the text is for. */
  description?: string;
  label: string;
  submitLabel: string;
  /** Starting text. */
  initial?: string;
  placeholder?: string;
  /** Whether the text may be left empty (then `onSubmit` gets ''). */
  optional?: boolean;
  maxLength: number;
  multiline?: boolean;
  /** Gets the trimmed text; resolves to an error to show, or null when done (the dialog then closes). */
  onSubmit: (text: string) => Promise<string | null>;
  onClose: () => void;
  /** Called instead of `onClose` once the text was taken (to go on to what it was asked for). */
  onDone?: () => void;
};

/** A modal asking for one text: a version's label, the note that returns a draft, a person's name. */
export function TextPromptDialog(props: TextPromptDialogProps) {
  const { title, description, label, submitLabel, initial = '', placeholder, optional = false, maxLength, multiline = false, onSubmit, onClose, onDone = onClose } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failure = await onSubmit(text.trim());
    setBusy(false);
    if (failure) setError(failure);
    else onDone();
  };

  const inputProps = { id: 'text-prompt', className: 'input', value: text, maxLength, placeholder, required: !optional, autoFocus: true };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="text-prompt-title" onCancel={onClose}>
      <form onSubmit={(event) => void handleSubmit(event)}>
        <h2 id="text-prompt-title" className="dialog__title">
          {title}
        </h2>
        {description ? <p>{description}</p> : null}
        <label className="popover__label" htmlFor="text-prompt">
          {label}
        </label>
        {multiline ? <textarea {...inputProps} rows={4} onChange={(event) => setText(event.target.value)} /> : <input {...inputProps} onChange={(event) => setText(event.target.value)} />}
        {error ? (
          <p className="hint hint--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
