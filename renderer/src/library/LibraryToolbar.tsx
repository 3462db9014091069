import { isDraftStatus } from '../../../electron/shared/model/draft';
import { StatusOptions } from '../app/StatusOptions';
import type { LibraryMode, LibraryView } from './libraryView';
import type { DraftSort } from './useDraftPages';
import { ReviewFilterSelect } from '../review/ReviewFilterSelect';

export type LibraryToolbarProps = {
  view: LibraryView;
  onViewChange: (changes: Partial<LibraryView>) => void;
};

const sortLabels: Record<DraftSort, string> = {
  updated: 'Last updated',
  created: 'Created',
  headline: 'Headline',
  status: 'Status',
  trashed: 'Trashed',
};

function isSort(value: string): value is DraftSort {
  return Object.prototype.hasOwnProperty.call(sortLabels, value);
}

function sortsFor(mode: LibraryMode): DraftSort[] {
  return mode === 'trash' ? ['trashed', 'updated', 'created', 'headline', 'status'] : ['updated', 'created', 'headline', 'status'];
}

/** Drafts or trash, the search box, sort, status filter and (drafts only) review filter. */
export function LibraryToolbar({ view, onViewChange }: LibraryToolbarProps) {
  // The trash opens in the order things were thrown away; the drafts never sort by it.
  const showMode = (mode: LibraryMode) => {
    if (mode === view.mode) return;
    onViewChange({ mode, sort: mode === 'trash' ? 'trashed' : view.sort === 'trashed' ? 'updated' : view.sort });
  };
  return (
    <div className="library-toolbar">
      <div className="segmented" role="group" aria-label="Show">
        <button type="button" className="segmented__button" aria-pressed={view.mode === 'drafts'} onClick={() => showMode('drafts')}>
          Drafts
        </button>
        <button type="button" className="segmented__button" aria-pressed={view.mode === 'trash'} onClick={() => showMode('trash')}>
          Trash
        </button>
      </div>
      {view.mode === 'drafts' ? (
        <input
          type="search"
          className="input library-toolbar__search"
          aria-label="Search drafts"
          placeholder="Search drafts"
          value={view.query}
          onChange={(event) => onViewChange({ query: event.target.value })}
          maxLength={500}
        />
      ) : (
        <span className="library-toolbar__spacer" />
      )}
      <label className="field-inline">
        <span className="field-inline__label">Sort by</span>
        <select className="select" value={view.sort} onChange={(event) => isSort(event.target.value) && onViewChange({ sort: event.target.value })}>
          {sortsFor(view.mode).map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span className="field-inline__label">Status</span>
        <select
          className="select"
          value={view.status ?? 'all'}
          onChange={(event) => onViewChange({ status: isDraftStatus(event.target.value) ? event.target.value : null })}
        >
          <option value="all">All</option>
          <StatusOptions />
        </select>
      </label>
      {view.mode === 'drafts' ? <ReviewFilterSelect value={view.reviewFilter} onChange={(reviewFilter) => onViewChange({ reviewFilter })} /> : null}
    </div>
  );
}
