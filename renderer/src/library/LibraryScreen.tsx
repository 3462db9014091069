import { useCallback, useEffect, useState } from 'react';
import type { DraftStatus, DraftSummary } from '../../../electron/shared/model/draft';
import { request } from '../api/request';
import { ErrorNotice } from '../app/ErrorNotice';
import { DraftList } from './DraftList';
import { displayHeadline } from './DraftRow';
import { LibraryToolbar, type LibraryMode } from './LibraryToolbar';
import { PurgeDialog } from './PurgeDialog';
import { useDraftPages, type DraftSort } from './useDraftPages';
import { useDraftSearch } from './useDraftSearch';
import { openSiteSettings } from '../settings/settingsDialogStore';
import type { DraftReviewFilter } from '../review/ReviewFilterSelect';

/** A message the library shows when it opens or after an action; `undoId` offers to restore that draft. */
export type LibraryNotice = { message: string; undoId?: string };
type Notice = LibraryNotice;

export type LibraryScreenProps = {
  onOpenDraft: (id: string) => void;
  onNewDraft: () => void;
  /** Shown on arrival, e.g. after the open draft was moved to the trash. */
  initialNotice?: LibraryNotice | null;
};

/** The drafts library: list, search, sort and filter, trash; the screen the app opens on. */
export function LibraryScreen({ onOpenDraft, onNewDraft, initialNotice = null }: LibraryScreenProps) {
  const [mode, setMode] = useState<LibraryMode>('drafts');
  const [sort, setSort] = useState<DraftSort>('updated');
  const [status, setStatus] = useState<DraftStatus | null>(null);
  const [reviewFilter, setReviewFilter] = useState<DraftReviewFilter | null>(null);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(-1);
  const [notice, setNotice] = useState<Notice | null>(initialNotice);
  const [error, setError] = useState<string | null>(null);
  const [purging, setPurging] = useState<DraftSummary | null>(null);
  const [searchKey, setSearchKey] = useState(0);
  const pages = useDraftPages({ trashed: mode === 'trash', status, sort, only: mode === 'drafts' ? reviewFilter : null });
  const search = useDraftSearch(mode === 'drafts' ? query : '', searchKey);
  const hits = search ? search.items.filter((hit) => hit.deletedAt === null && (status === null || hit.status === status)) : null;

  useEffect(() => setActiveIndex(-1), [mode, sort, status, reviewFilter, search?.query]);

  const count = hits ? hits.length : (pages.total ?? 0);
  const itemAt = useCallback((index: number) => (hits ? hits[index] : pages.itemAt(index)), [hits, pages]);
  const active = activeIndex >= 0 ? itemAt(activeIndex) : undefined;

  const refresh = () => {
    pages.reload();
    setSearchKey((key) => key + 1);
  };

  const runAction = async (action: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>, done: Notice) => {
    const result = await action();
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setNotice(done);
    refresh();
  };

  const handleTrash = (draft: DraftSummary) =>
    runAction(() => request((api) => api.drafts.trash({ id: draft.id })), { message: `“${displayHeadline(draft)}” moved to the trash.`, undoId: draft.id });
  const handleRestore = (draft: DraftSummary) =>
    runAction(() => request((api) => api.drafts.restore({ id: draft.id })), { message: `“${displayHeadline(draft)}” restored to your drafts.` });
  const handlePurge = async (draft: DraftSummary) => {
    setPurging(null);
    await runAction(() => request((api) => api.drafts.purge({ id: draft.id })), { message: `“${displayHeadline(draft)}” deleted for good.` });
  };
  const handleUndo = async (id: string) => {
    await runAction(() => request((api) => api.drafts.restore({ id })), { message: 'Draft restored.' });
  };

  const handleOpen = (draft: DraftSummary) => {
    if (mode === 'drafts') onOpenDraft(draft.id);
  };

  return (
    <main className="library" aria-labelledby="library-title">
      <header className="library__header">
        <div className="library__title-row">
          <h1 id="library-title" className="library__title">
            {mode === 'trash' ? 'Trash' : 'Drafts'}
          </h1>
          <button type="button" className="button library__settings" onClick={openSiteSettings}>
            Site settings
          </button>
          <button type="button" className="button button--primary" onClick={onNewDraft} aria-keyshortcuts="Control+N Meta+N">
            New draft
          </button>
        </div>
        <LibraryToolbar
          mode={mode}
          onModeChange={setMode}
          query={query}
          onQueryChange={setQuery}
          sort={sort}
          onSortChange={setSort}
          status={status}
          onStatusChange={setStatus}
          reviewFilter={reviewFilter}
          onReviewFilterChange={setReviewFilter}
        />
      </header>
      {error ? <ErrorNotice message={error} onDismiss={() => setError(null)} /> : null}
      {pages.error && !error ? <ErrorNotice message={`The drafts could not be listed: ${pages.error}`} /> : null}
      {search?.error ? <ErrorNotice message={`Search failed: ${search.error}`} /> : null}
      <div className="library__actions">
        <p className="library__count" aria-live="polite">
          {describeCount(count, mode, hits !== null)}
        </p>
        {mode === 'drafts' ? (
          <>
            <button type="button" className="button" disabled={!active} onClick={() => active && onOpenDraft(active.id)}>
              Open
            </button>
            <button type="button" className="button" disabled={!active} onClick={() => active && void handleTrash(active)}>
              Move to trash
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" disabled={!active} onClick={() => active && void handleRestore(active)}>
              Restore
            </button>
            <button type="button" className="button button--danger" disabled={!active} onClick={() => active && setPurging(active)}>
              Delete for good
            </button>
          </>
        )}
      </div>
      <DraftList
        label={hits ? 'Search results' : mode === 'trash' ? 'Trash' : 'Drafts'}
        count={count}
        itemAt={itemAt}
        onRangeChange={hits ? undefined : pages.ensureRange}
        activeIndex={activeIndex}
        onActiveIndexChange={setActiveIndex}
        onOpen={handleOpen}
        onDelete={mode === 'drafts' ? (draft) => void handleTrash(draft) : undefined}
        rowHeight={hits ? 124 : 76}
        openOnClick={mode === 'drafts'}
        emptyMessage={emptyMessage(mode, hits !== null, pages.total === null)}
      />
      {notice ? (
        <div className="toast" role="status">
          <span>{notice.message}</span>
          {notice.undoId ? (
            <button type="button" className="button button--quiet" onClick={() => notice.undoId && void handleUndo(notice.undoId)}>
              Undo
            </button>
          ) : null}
          <button type="button" className="button button--quiet" aria-label="Dismiss message" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      ) : null}
      {purging ? <PurgeDialog draft={purging} onConfirm={() => void handlePurge(purging)} onCancel={() => setPurging(null)} /> : null}
    </main>
  );
}

function describeCount(count: number, mode: LibraryMode, searching: boolean): string {
  const number = count.toLocaleString();
  if (searching) return count === 1 ? '1 match' : `${number} matches`;
  if (mode === 'trash') return `${number} in the trash`;
  return count === 1 ? '1 draft' : `${number} drafts`;
}

function emptyMessage(mode: LibraryMode, searching: boolean, loading: boolean): string {
  if (loading) return 'Loading…';
  if (searching) return 'No draft matches that search.';
  return mode === 'trash' ? 'The trash is empty.' : 'No drafts yet. Press “New draft” to start one.';
}
