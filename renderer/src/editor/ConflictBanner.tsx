import { useState } from 'react';
import type { Draft } from '../../../electron/shared/model/draft';
import { request } from '../api/request';
import { RevisionPreview } from './history/RevisionPreview';

export type ConflictBannerProps = {
  draftId: string;
  busy: boolean;
  error: string | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/**
 * Shown when the draft was saved elsewhere meanwhile. Mine is what the editor shows; theirs can be
 * read here before choosing. Whichever is not chosen is kept in History.
 */
export function ConflictBanner({ draftId, busy, error, onKeepMine, onTakeTheirs }: ConflictBannerProps) {
  const [theirs, setTheirs] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const handleToggleTheirs = async () => {
    if (theirs) return setTheirs(null);
    const result = await request((api) => api.drafts.get({ id: draftId }));
    if (result.ok) setTheirs(result.value);
    else setLoadError(`Their version could not be loaded: ${result.error.message}`);
  };

  return (
    <section className="conflict" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h2 id="conflict-title" className="conflict__title">
        This draft was changed somewhere else
      </h2>
      <p id="conflict-text" className="conflict__text">
        Your latest edits are not saved yet and nothing has been lost. Choose which version to continue with; the other one is kept in History.
      </p>
      {error ? <p className="hint hint--error">{error}</p> : null}
      {loadError ? <p className="hint hint--error">{loadError}</p> : null}
      <div className="conflict__buttons">
        <button type="button" className="button button--primary" disabled={busy} onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button" disabled={busy} onClick={onTakeTheirs}>
          Use theirs
        </button>
        <button type="button" className="button button--quiet" aria-expanded={theirs !== null} onClick={() => void handleToggleTheirs()}>
          {theirs ? 'Hide their version' : 'Show their version'}
        </button>
      </div>
      {theirs ? (
        <div className="conflict__theirs">
          <RevisionPreview versionKey={theirs.version} fields={theirs} body={theirs.body} label="Their version" />
        </div>
      ) : null}
    </section>
  );
}
