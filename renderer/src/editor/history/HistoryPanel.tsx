import { useEffect, useState } from 'react';
import type { Revision, RevisionSummary } from '../../../../electron/shared/model/draft';
import { request } from '../../api/request';
import { fullTime, relativeTime } from '../../library/relativeTime';
import { Icon } from '../../ui/Icon';
import { closeOnEscape } from '../closeOnEscape';
import { RevisionPreview } from './RevisionPreview';

export type HistoryPanelProps = {
  draftId: string;
  /** Changes when a new revision may exist, so the list reloads. */
  refreshKey: number;
  onRestore: (revision: RevisionSummary) => Promise<string | null>;
  onClose: () => void;
};

const reasonLabels: Record<RevisionSummary['reason'], string> = {
  auto: 'Autosaved snapshot',
  manual: 'Saved version',
  status: 'Status changed',
  restore: 'Restored',
  conflict: 'Kept in a conflict',
};

/** The draft's revisions, newest first: preview any of them and restore it. */
export function HistoryPanel({ draftId, refreshKey, onRestore, onClose }: HistoryPanelProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [selected, setSelected] = useState<Revision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void request((api) => api.revisions.list({ draftId })).then((result) => {
      if (cancelled) return;
      if (result.ok) setRevisions(result.value);
      else setError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [draftId, refreshKey]);

  const handleSelect = async (summary: RevisionSummary) => {
    const result = await request((api) => api.revisions.get({ id: summary.id }));
    if (result.ok) {
      setSelected(result.value);
      setError(null);
    } else setError(result.error.message);
  };

  const handleRestore = async () => {
    if (!selected) return;
    setBusy(true);
    const failure = await onRestore(selected);
    setBusy(false);
    if (failure) setError(failure);
    else setSelected(null);
  };

  return (
    <aside className="history" aria-labelledby="history-title" onKeyDown={(event) => closeOnEscape(event, onClose)}>
      <div className="history__header">
        <h2 id="history-title" className="history__title">
          History
        </h2>
        <button type="button" className="icon-button" aria-label="Close history" onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      {error ? (
        <p className="hint hint--error" role="alert">
          {error}
        </p>
      ) : null}
      {revisions === null ? <p className="history__empty">Loading…</p> : null}
      {revisions?.length === 0 ? <p className="history__empty">No versions yet. They are kept as you write, on every status change, and when you press “Save version”.</p> : null}
      <ul className="history__list" aria-label="Versions">
        {revisions?.map((revision) => (
          <li key={revision.id}>
            <button type="button" className={`revision${selected?.id === revision.id ? ' revision--selected' : ''}`} aria-current={selected?.id === revision.id} onClick={() => void handleSelect(revision)}>
              <span className="revision__label">{revision.label ?? reasonLabels[revision.reason]}</span>
              <span className="revision__meta">
                <time dateTime={revision.createdAt} title={fullTime(revision.createdAt)}>
                  {relativeTime(revision.createdAt)}
                </time>
                {' · '}
                {revision.wordCount === 1 ? '1 word' : `${revision.wordCount.toLocaleString()} words`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {selected ? (
        <div className="history__preview">
          <div className="history__preview-bar">
            <span className="history__preview-title">{selected.label ?? reasonLabels[selected.reason]}, {fullTime(selected.createdAt)}</span>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void handleRestore()}>
              Restore this version
            </button>
          </div>
          <RevisionPreview versionKey={selected.id} fields={selected.fields} body={selected.body} />
        </div>
      ) : null}
    </aside>
  );
}
