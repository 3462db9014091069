import { useEffect, useState } from 'react';
import type { Revision, RevisionSummary } from '../../../../electron/shared/model/draft';
import { request } from '../../api/request';
import { fullTime, relativeTime } from '../../library/relativeTime';
import { Icon } from '../../ui/Icon';
import { closeOnEscape } from '../closeOnEscape';
import { RevisionPreview } from './RevisionPreview';
import { revisionLabel } from '../../../../electron/shared/review/revisionLabel';
import type { CompareRange } from '../../review/compareRange';
import '../../review/review.css';

export type HistoryPanelProps = {
  draftId: string;
  /** Changes when a new revision may exist, so the list reloads. */
  refreshKey: number;
  onRestore: (revision: RevisionSummary) => Promise<string | null>;
  /** Opens the compare view on two versions. */
  onCompare: (range: CompareRange) => void;
  onClose: () => void;
};

function compareRange(selected: RevisionSummary, other: string): CompareRange {
  const otherId = Number(other);
  if (other === 'current' || !Number.isSafeInteger(otherId)) return { from: { revisionId: selected.id }, to: { current: true } };
  return { from: { revisionId: Math.min(selected.id, otherId) }, to: { revisionId: Math.max(selected.id, otherId) } };
}

/** The draft's revisions, newest first: preview any of them, compare it with another or the current text, restore it. */
export function HistoryPanel({ draftId, refreshKey, onRestore, onCompare, onClose }: HistoryPanelProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [selected, setSelected] = useState<Revision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [compareWith, setCompareWith] = useState('current');

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
              <span className="revision__label">{revisionLabel(revision)}</span>
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
            <span className="history__preview-title">{revisionLabel(selected)}, {fullTime(selected.createdAt)}</span>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void handleRestore()}>
              Restore this version
            </button>
          </div>
          <div className="history__preview-bar history__compare">
            <label className="field-inline">
              <span className="field-inline__label">Compare with</span>
              <select className="select" value={compareWith} onChange={(event) => setCompareWith(event.target.value)}>
                <option value="current">Current text</option>
                {revisions
                  ?.filter((revision) => revision.id !== selected.id)
                  .map((revision) => (
                    <option key={revision.id} value={String(revision.id)}>
                      {revisionLabel(revision)}, {fullTime(revision.createdAt)}
                    </option>
                  ))}
              </select>
            </label>
            <button type="button" className="button" onClick={() => onCompare(compareRange(selected, compareWith))}>
              Compare
            </button>
          </div>
          <RevisionPreview versionKey={selected.id} fields={selected.fields} body={selected.body} />
        </div>
      ) : null}
    </aside>
  );
}
