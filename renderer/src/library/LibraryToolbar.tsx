import { isDraftStatus, type DraftStatus } from '../../../electron/shared/model/draft';
import { StatusOptions } from '../app/StatusOptions';
import type { DraftSort } from './useDraftPages';
import { ReviewFilterSelect, type DraftReviewFilter } from '../review/ReviewFilterSelect';

export type LibraryMode = 'drafts' | 'trash';

export type LibraryToolbarProps = {
  mode: LibraryMode;
  onModeChange: (mode: LibraryMode) => void;
  query: string;
  onQueryChange: (query: string) => void;
  sort: DraftSort;
  onSortChange: (sort: DraftSort) => void;
  status: DraftStatus | null;
  onStatusChange: (status: DraftStatus | null) => void;
  reviewFilter: DraftReviewFilter | null;
  onReviewFilterChange: (filter: DraftReviewFilter | null) => void;
};

const sortLabels: Record<DraftSort, string> = {
  updated: 'Last updated',
  created: 'Created',
  headline: 'Headline',
  status: 'Status',
};

function isSort(value: string): value is DraftSort {
  return Object.prototype.hasOwnProperty.call(sortLabels, value);
}


/** Drafts or trash, the search box, sort and status filter. */
export function LibraryToolbar(props: LibraryToolbarProps) {
  return (
    <div className="library-toolbar">
      <div className="segmented" role="group" aria-label="Show">
        <button type="button" className="segmented__button" aria-pressed={props.mode === 'drafts'} onClick={() => props.onModeChange('drafts')}>
          Drafts
        </button>
        <button type="button" className="segmented__button" aria-pressed={props.mode === 'trash'} onClick={() => props.onModeChange('trash')}>
          Trash
        </button>
      </div>
      {props.mode === 'drafts' ? (
        <input
          type="search"
          className="input library-toolbar__search"
          aria-label="Search drafts"
          placeholder="Search drafts"
          value={props.query}
          onChange={(event) => props.onQueryChange(event.target.value)}
          maxLength={500}
        />
      ) : (
        <span className="library-toolbar__spacer" />
      )}
      <label className="field-inline">
        <span className="field-inline__label">Sort by</span>
        <select className="select" value={props.sort} onChange={(event) => isSort(event.target.value) && props.onSortChange(event.target.value)}>
          {Object.entries(sortLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span className="field-inline__label">Status</span>
        <select
          className="select"
          value={props.status ?? 'all'}
          onChange={(event) => props.onStatusChange(isDraftStatus(event.target.value) ? event.target.value : null)}
        >
          <option value="all">All</option>
          <StatusOptions />
        </select>
      </label>
      {props.mode === 'drafts' ? <ReviewFilterSelect value={props.reviewFilter} onChange={props.onReviewFilterChange} /> : null}
    </div>
  );
}
