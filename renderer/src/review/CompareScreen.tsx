import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Comparison, ComparedVersion } from '../../../electron/shared/model/review';
import { describeChange } from '../../../electron/shared/review/describeChange';
import { request } from '../api/request';
import { ErrorNotice } from '../app/ErrorNotice';
import { fullTime } from '../library/relativeTime';
import { Icon } from '../ui/Icon';
import { CompareBody } from './CompareBody';
import type { CompareRange } from './compareRange';
import { numberedBodyChanges } from './compareHighlights';
import { FieldChanges } from './FieldChanges';
import './review.css';

export type CompareScreenProps = {
  draftId: string;
  range: CompareRange;
  onClose: () => void;
};

function versionName(version: ComparedVersion): string {
  return version.revisionId === null ? 'the current text' : `“${version.label}”, ${fullTime(version.createdAt)}`;
}

function countText(count: number): string {
  if (count === 0) return 'No changes';
  return count === 1 ? '1 change' : `${count} changes`;
}

/**
 * Two versions of a draft compared, read-only: changed fields side by side, the newer body with
 * inserted and deleted words in place, cards added, removed or moved, and Next / Previous change
 * to walk through them (each scrolled to and focused, and announced in words).
 */
export function CompareScreen({ draftId, range, onClose }: CompareScreenProps) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(-1);
  const root = useRef<HTMLElement>(null);
  const [bodyReady, setBodyReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void request((api) => api.review.compare({ draftId, ...range })).then((result) => {
      if (cancelled) return;
      if (result.ok) setComparison(result.value);
      else setError(`These versions could not be compared: ${result.error.message}`);
    });
    return () => {
      cancelled = true;
    };
  }, [draftId, range]);

  const changes = useMemo(() => comparison?.changes ?? [], [comparison]);
  const fieldChanges = useMemo(() => changes.flatMap((change, index) => (change.kind === 'field' ? [{ index, change }] : [])), [changes]);
  const bodyChanges = useMemo(() => numberedBodyChanges(changes), [changes]);
  const handleReady = useCallback(() => setBodyReady(true), []);

  useEffect(() => {
    if (current < 0 || !bodyReady) return;
    const target = root.current?.querySelector<HTMLElement>(`[data-change="${current}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [current, bodyReady]);

  const step = (direction: 1 | -1) => {
    if (changes.length === 0) return;
    setCurrent((index) => (index < 0 ? (direction === 1 ? 0 : changes.length - 1) : (index + direction + changes.length) % changes.length));
  };
  const currentChange = current >= 0 ? changes[current] : undefined;

  return (
    <main
      ref={root}
      className="compare"
      aria-labelledby="compare-title"
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
        event.preventDefault();
        step(event.key === 'ArrowDown' ? 1 : -1);
      }}
    >
      <header className="compare__header">
        <button type="button" className="button button--quiet" onClick={onClose}>
          <Icon name="back" />
          Back to the draft
        </button>
        <h1 id="compare-title" className="compare__title">
          Compare versions
        </h1>
        {comparison ? (
          <p className="compare__versions">
            From {versionName(comparison.from)} to {versionName(comparison.to)}
          </p>
        ) : null}
        <div className="compare__walk">
          <p className="compare__count">{comparison ? countText(changes.length) : 'Comparing…'}</p>
          <button type="button" className="button" disabled={changes.length === 0} onClick={() => step(-1)} aria-keyshortcuts="Alt+ArrowUp">
            Previous change
          </button>
          <button type="button" className="button button--primary" disabled={changes.length === 0} onClick={() => step(1)} aria-keyshortcuts="Alt+ArrowDown">
            Next change
          </button>
        </div>
        <p className="visually-hidden" role="status">
          {currentChange ? `Change ${current + 1} of ${changes.length}: ${describeChange(currentChange)}` : ''}
        </p>
      </header>
      {error ? <ErrorNotice message={error} /> : null}
      {comparison ? (
        <div className="compare__content">
          <article className="compare__article" aria-label={`The article as of ${versionName(comparison.to)}, with changes marked`}>
            <FieldChanges changes={fieldChanges} current={current} />
            <h2 className="compare__headline">{comparison.to.fields.headline || 'Untitled'}</h2>
            <CompareBody body={comparison.to.body} changes={bodyChanges} current={current} onReady={handleReady} />
          </article>
          <nav className="compare__list" aria-label="Changes">
            <h2 className="compare__list-title">{countText(changes.length)}</h2>
            <ol>
              {changes.map((change, index) => (
                <li key={index}>
                  <button type="button" className={`compare__list-item${index === current ? ' compare__list-item--current' : ''}`} aria-current={index === current ? 'step' : undefined} onClick={() => setCurrent(index)}>
                    {describeChange(change)}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        </div>
      ) : null}
    </main>
  );
}
