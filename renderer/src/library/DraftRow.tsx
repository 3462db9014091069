import { draftStatusLabels, type DraftSummary } from '../../../electron/shared/model/draft';
import { fullTime, relativeTime } from './relativeTime';
import { Snippet } from './Snippet';
import { ReviewMarker } from '../review/ReviewMarker';

export type DraftRowProps = {
  id: string;
  index: number;
  count: number;
  draft: (DraftSummary & { snippet?: string }) | undefined;
  top: number;
  height: number;
  active: boolean;
  /** Whether a single click opens the draft (the drafts list) or only selects it (the trash). */
  openOnClick: boolean;
  onSelect: () => void;
  onOpen: (draft: DraftSummary) => void;
};

/** The headline a list shows for a draft. */
export function displayHeadline(draft: Pick<DraftSummary, 'headline'>): string {
  return draft.headline.trim() === '' ? 'Untitled' : draft.headline;
}

function formatWords(count: number): string {
  return count === 1 ? '1 word' : `${count.toLocaleString()} words`;
}

/** One draft in the library: headline, status, author, section, when, how long; named by its headline. */
export function DraftRow({ id, index, count, draft, top, height, active, openOnClick, onSelect, onOpen }: DraftRowProps) {
  const position = { transform: `translateY(${top}px)`, height };
  if (!draft) {
    return (
      <div id={id} className="draft-row draft-row--loading" role="option" aria-selected={false} aria-setsize={count} aria-posinset={index + 1} aria-label="Loading…" style={position}>
        <span className="draft-row__placeholder" />
      </div>
    );
  }
  const headline = displayHeadline(draft);
  const meta = [draft.authorName, draft.section, formatWords(draft.wordCount)].filter((part) => part !== '');
  return (
    <div
      id={id}
      className={`draft-row${active ? ' draft-row--active' : ''}`}
      role="option"
      aria-selected={active}
      aria-setsize={count}
      aria-posinset={index + 1}
      aria-label={headline}
      style={position}
      onClick={() => {
        onSelect();
        if (openOnClick) onOpen(draft);
      }}
      onDoubleClick={() => onOpen(draft)}
    >
      <div className="draft-row__main">
        <span className={`draft-row__headline${draft.headline.trim() === '' ? ' draft-row__headline--untitled' : ''}`}>{headline}</span>
        <span className="draft-row__meta">
          {meta.join(' · ')}
          <span aria-hidden="true"> · </span>
          <time dateTime={draft.updatedAt} title={fullTime(draft.updatedAt)}>
            updated {relativeTime(draft.updatedAt)}
          </time>
          <ReviewMarker draftId={draft.id} version={draft.version} />
        </span>
        {draft.snippet ? (
          <span className="draft-row__snippet">
            <Snippet text={draft.snippet} />
          </span>
        ) : null}
      </div>
      <span className={`status-pill status-pill--${draft.status}`}>{draftStatusLabels[draft.status]}</span>
    </div>
  );
}
