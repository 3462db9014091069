import { useEffect, useRef, useState, type FormEvent } from 'react';

export type SaveVersionDialogProps = {
  onSave: (label: string) => Promise<string | null>;
  onClose: () => void;
};

/** Names a version before keeping it; the label is optional. */
export function SaveVersionDialog({ onSave, onClose }: SaveVersionDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failure = await onSave(label.trim());
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="save-version-title" onCancel={onClose}>
      <form onSubmit={(event) => void handleSubmit(event)}>
        <h2 id="save-version-title" className="dialog__title">
          Save a version
        </h2>
        <p>Keeps this draft as it is now in History, where you can preview or restore it later.</p>
        <label className="popover__label" htmlFor="version-label">
          Version label
        </label>
        <input id="version-label" className="input" value={label} maxLength={200} placeholder="e.g. Sent to the desk" autoFocus onChange={(event) => setLabel(event.target.value)} />
        {error ? <p className="hint hint--error">{error}</p> : null}
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Keep version
          </button>
        </div>
      </form>
    </dialog>
  );
}
