import type { DraftStatus } from '../../../electron/shared/model/draft';
import type { DraftReviewFilter } from '../review/ReviewFilterSelect';
import type { DraftSort } from './useDraftPages';

export type LibraryMode = 'drafts' | 'trash';

/** What the library shows: kept by the app while a draft is open, so coming back finds it as it was. */
export type LibraryView = {
  mode: LibraryMode;
  sort: DraftSort;
  status: DraftStatus | null;
  query: string;
  /** The Review filter (drafts only): needing my review, or assigned to me. */
  reviewFilter: DraftReviewFilter | null;
};

export const initialLibraryView: LibraryView = { mode: 'drafts', sort: 'updated', status: null, query: '', reviewFilter: null };
