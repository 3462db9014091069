import type { MouseEvent } from 'react';
import { draftStatusLabels, type DraftSummary } from '../../../electron/shared/model/draft';
import { fullTime, relativeTime } from './relativeTime';
import { Snippet } from './Snippet';
import { ReviewMarker } from '../review/ReviewMarker';

/** How a row was clicked: Shift stretches the selection, Ctrl (Cmd on a Mac) adds or removes one. */
export type RowClick = { extend: boolean; toggle: boolean };

export type DraftRowProps = {
  id: string;
  index: number;
  count: number;
  draft: (DraftSummary & { snippet?: string }) | undefined;
  top: number;
  height: number;
  /** The row the keyboard is on. */
  active: boolean;
  selected: boolean;
  /** In the trash, a row says when the draft was trashed. */
  trash: boolean;
  onClick: (click: RowClick) => void;
  onOpen: (draft: DraftSummary) => void;
};

/** The headline a list shows for a draft. */
export function displayHeadline(draft: Pick<DraftSummary, 'headline'>): string {
  return draft.headline.trim() === '' ? 'Untitled' : draft.headline;
}

function formatWords(count: number): string {
  return count === 1 ? '1 word' : `${count.toLocaleString()} words`;
}

function RowTime({ draft, trash }: { draft: DraftSummary; trash: boolean }) {
  const time = trash && draft.deletedAt !== null ? draft.deletedAt : draft.updatedAt;
  return (
    <time dateTime={time} title={fullTime(time)}>
      {trash ? 'trashed' : 'updated'} {relativeTime(time)}
    </time>
  );
}

/**
 * One draft in the library: headline, author, section, how long, when, status. Named by all it
 * shows (headline first), so what is read is what is seen (WCAG 2.5.3, Label in Name).
 */
export function DraftRow({ id, index, count, draft, top, height, active, selected, trash, onClick, onOpen }: DraftRowProps) {
  const position = { transform: `translateY(${top}px)`, height };
  if (!draft) {
    return (
      <div id={id} className="draft-row draft-row--loading" role="option" aria-selected={false} aria-setsize={count} aria-posinset={index + 1} aria-label="Loading…" style={position}>
        <span className="draft-row__placeholder" />
      </div>
    );
  }
  const headline = displayHeadline(draft);
  // Names and sections may be in another script than the rest of the line: each is isolated (bdi) and keeps its own direction.
  const meta = [draft.authorName, draft.section].filter((part) => part !== '').map((part) => <bdi key={part}>{part}</bdi>);
  const handleClick = (event: MouseEvent) => {
    // Shift-click would also select the page's text.
    if (event.shiftKey) event.preventDefault();
    onClick({ extend: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
  };
  return (
    <div
      id={id}
      className={`draft-row${active ? ' draft-row--active' : ''}${selected ? ' draft-row--selected' : ''}`}
      role="option"
      aria-selected={selected}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={position}
      onMouseDown={(event) => event.shiftKey && event.preventDefault()}
      onClick={handleClick}
      onDoubleClick={() => onOpen(draft)}
    >
      <div className="draft-row__main">
        <span dir="auto" className={`draft-row__headline${draft.headline.trim() === '' ? ' draft-row__headline--untitled' : ''}`}>{headline}</span>
        <span className="draft-row__meta">
          {meta.map((part) => [part, ' · '])}
          {formatWords(draft.wordCount)}
          <span aria-hidden="true"> · </span>
          <RowTime draft={draft} trash={trash} />
          <ReviewMarker draftId={draft.id} version={draft.version} />
        </span>
        {draft.snippet ? (
          <span className="draft-row__snippet" dir="auto">
            <Snippet text={draft.snippet} />
          </span>
        ) : null}
      </div>
      <span className={`status-pill status-pill--${draft.status}`}>{draftStatusLabels[draft.status]}</span>
    </div>
  );
}
