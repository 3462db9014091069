import { useEffect, useRef, useState } from 'react';
import { previewDocument } from './previewDocument';
import type { ChecklistItem } from '../../../electron/shared/checklist/checklistItem';
import type { Draft } from '../../../electron/shared/model/draft';
import { request } from '../api/request';
import { ChecklistPanel } from './ChecklistPanel';
import { jumpToChecklistItem } from './jumpToChecklistItem';
import { MarkPublishedForm } from './MarkPublishedForm';

export type ExportDialogProps = {
  draftId: string;
  onClose: () => void;
  /** The draft was marked published: the editor should show it as the store now has it. */
  onPublished: (draft: Draft) => void;
};

type Form = 'page' | 'fragment';
type Loaded = { html: string | null; checklist: ChecklistItem[] };

/**
 * "Export HTML": the checklist, a preview of the page in a sandboxed frame (no scripts), and saving
 * the page or the fragment through the save dialog. Also where a draft is marked published.
 */
export function ExportDialog({ draftId, onClose, onPublished }: ExportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [form, setForm] = useState<Form>('page');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let cancelled = false;
    void request((api) => api.export.render({ id: draftId, form: 'page' })).then((result) => {
      if (cancelled) return;
      if (result.ok) setLoaded(result.value);
      else setMessage({ error: true, text: result.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [draftId]);

  const handleJump = (item: ChecklistItem) => {
    onClose();
    window.setTimeout(() => jumpToChecklistItem(item.location), 0);
  };

  const handleSave = async () => {
    setBusy(true);
    const result = await request((api) => api.export.save({ id: draftId, form }));
    setBusy(false);
    if (!result.ok) setMessage({ error: true, text: result.error.message });
    else if (result.value.path === null) setMessage(null);
    else setMessage({ error: false, text: `Saved to ${result.value.path}` });
  };

  const blocked = loaded !== null && loaded.html === null;
  return (
    <dialog ref={dialog} className="dialog dialog--wide export-dialog" aria-labelledby="export-title" onCancel={onClose}>
      <h2 id="export-title" className="dialog__title">
        Export HTML
      </h2>
      {loaded ? <ChecklistPanel items={loaded.checklist} onJump={handleJump} /> : <p aria-busy="true">Checking the article…</p>}
      {blocked ? <p className="hint hint--error">Fix the items marked “Fix” before exporting.</p> : null}
      {loaded?.html ? <iframe className="export-preview" title="Preview of the exported page" sandbox="" srcDoc={previewDocument(loaded.html, document.baseURI)} /> : null}
      <fieldset className="export-dialog__form" disabled={!loaded?.html}>
        <legend>Export as</legend>
        <label>
          <input type="radio" name="export-form" value="page" checked={form === 'page'} onChange={() => setForm('page')} /> Whole page
        </label>
        <label>
          <input type="radio" name="export-form" value="fragment" checked={form === 'fragment'} onChange={() => setForm('fragment')} /> Article fragment (for the CMS)
        </label>
      </fieldset>
      {message ? <p className={`hint${message.error ? ' hint--error' : ''}`} role="status">{message.text}</p> : null}
      <MarkPublishedForm draftId={draftId} onMarked={onPublished} />
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button--primary" disabled={!loaded?.html || busy} onClick={() => void handleSave()}>
          Save HTML…
        </button>
      </div>
    </dialog>
  );
}
