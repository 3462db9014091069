import { hasNewsdeskApi, newsdeskApi } from '../api/newsdeskApi';
import { forgetReviewMarks } from '../review/reviewMarksStore';
import { useCallback, useEffect, useRef, useState } from 'react';
import { draftStatusLabels, type DraftStatus, type DraftSummary } from '../../../electron/shared/model/draft';
import { request } from '../api/request';
import { ErrorNotice } from '../app/ErrorNotice';
import { openSiteSettings } from '../settings/settingsDialogStore';
import { DraftList } from './DraftList';
import { displayHeadline } from './DraftRow';
import { LibraryActions } from './LibraryActions';
import { LibraryToolbar } from './LibraryToolbar';
import type { LibraryMode, LibraryView } from './libraryView';
import { PurgeDialog } from './PurgeDialog';
import { useDraftPages } from './useDraftPages';
import { useDraftSearch } from './useDraftSearch';
import { useLibrarySelection } from './useLibrarySelection';

/** A message the library shows when it opens or after an action; `undoIds` offers to restore those drafts. */
export type LibraryNotice = { message: string; undoIds?: string[] };

/** The draft the reporter comes back from, and where it was in the list when opened. */
export type LibraryReturn = { draftId: string; index: number };

export type LibraryScreenProps = {
  view: LibraryView;
  onViewChange: (changes: Partial<LibraryView>) => void;
  onOpenDraft: (id: string, index: number) => void;
  onNewDraft: () => void;
  onImport: () => void;
  /** Shown on arrival, e.g. after the open draft was moved to the trash. */
  initialNotice?: LibraryNotice | null;
  /** Focus goes back to this draft's row on arrival. */
  returnTo?: LibraryReturn | null;
  /** Changes when drafts were added from outside the library (an import): the list loads again. */
  reloadKey?: number;
};

type Action = () => Promise<{ ok: true } | { ok: false; error: { message: string } }>;

/** The drafts library: list, search, sort and filter, trash, several drafts at once; the screen the app opens on. */
export function LibraryScreen({ view, onViewChange, onOpenDraft, onNewDraft, onImport, initialNotice = null, returnTo = null, reloadKey = 0 }: LibraryScreenProps) {
  const { mode, sort, status, query, reviewFilter } = view;
  const [notice, setNotice] = useState<LibraryNotice | null>(initialNotice);
  const [error, setError] = useState<string | null>(null);
  const [purging, setPurging] = useState<DraftSummary | null>(null);
  const [searchKey, setSearchKey] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const newDraftRef = useRef<HTMLButtonElement>(null);
  const pages = useDraftPages({ trashed: mode === 'trash', status, sort, only: mode === 'drafts' ? reviewFilter : null });
  const search = useDraftSearch(mode === 'drafts' ? query : '', searchKey);
  const hits = search ? search.items.filter((hit) => hit.deletedAt === null && (status === null || hit.status === status)) : null;
  const count = hits ? hits.length : (pages.total ?? 0);
  const itemAt = useCallback((index: number) => (hits ? hits[index] : pages.itemAt(index)), [hits, pages]);
  const idsBetween = useCallback(
    async (start: number, end: number) => (hits ? hits.slice(start, end + 1).map((hit) => hit.id) : pages.idsBetween(start, end)),
    [hits, pages],
  );
  const selection = useLibrarySelection({ count, itemAt, idsBetween });
  const { reset } = selection;
  const active = selection.activeIndex >= 0 ? itemAt(selection.activeIndex) : undefined;
  const loaded = query.trim() !== '' && mode === 'drafts' ? search !== null : pages.total !== null;
  const resetKey = `${mode}|${sort}|${status ?? ''}|${reviewFilter ?? ''}|${search?.query ?? ''}`;

  const returning = useRef(returnTo);
  useEffect(() => {
    if (returnTo) pages.ensureRange(returnTo.index, returnTo.index);
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Each new search, sort or filter starts at the top with its first result selected.
  useEffect(() => {
    if (!returning.current) reset(0);
  }, [resetKey, reset]);

  // Back from a draft: its row is selected and the list has focus, as it had when the draft opened.
  useEffect(() => {
    const back = returning.current;
    if (!back || !loaded) return;
    const found = hits ? hits.findIndex((hit) => hit.id === back.draftId) : pages.loadedIndexOf(back.draftId);
    if (found < 0 && !hits && back.index < count && pages.itemAt(back.index) === undefined) return;
    returning.current = null;
    reset(Math.max(found, 0));
    if (count > 0) listRef.current?.focus();
    else newDraftRef.current?.focus();
  }, [loaded, hits, pages, count, reset]);

  // Drafts written or changed on another laptop show up while the library is on screen.
  useEffect(() => {
    if (!hasNewsdeskApi()) return;
    return newsdeskApi().events.onLiveEvent((event) => {
      if (event.kind !== 'library') return;
      pages.reload();
      setSearchKey((key) => key + 1);
      forgetReviewMarks();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pages.reload is stable
  }, []);

  useEffect(() => {
    if (reloadKey > 0) pages.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload when the key changes, not when pages does
  }, [reloadKey]);

  const chosen = (): string[] => [...selection.selectedIds];

  const runAction = async (action: Action, done: LibraryNotice) => {
    const result = await action();
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setNotice(done);
    pages.reload();
    setSearchKey((key) => key + 1);
    reset(Math.max(0, Math.min(selection.activeIndex, count - 1)));
  };

  const describeChosen = (ids: string[], what: string): string => {
    const only = ids.length === 1 ? [active, ...(hits ?? [])].find((draft) => draft?.id === ids[0]) : undefined;
    if (only) return `“${displayHeadline(only)}” ${what}.`;
    return ids.length === 1 ? `1 draft ${what}.` : `${ids.length.toLocaleString()} drafts ${what}.`;
  };

  const handleTrash = () => {
    const ids = chosen();
    if (ids.length > 0) void runAction(() => request((api) => api.drafts.trashMany({ ids })), { message: describeChosen(ids, 'moved to the trash'), undoIds: ids });
  };
  const handleRestore = () => {
    const ids = chosen();
    if (ids.length > 0) void runAction(() => request((api) => api.drafts.restoreMany({ ids })), { message: describeChosen(ids, 'restored to your drafts') });
  };
  const handleSetStatus = (next: DraftStatus) => {
    const ids = chosen();
    if (ids.length > 0) void runAction(() => request((api) => api.drafts.setStatusMany({ ids, status: next })), { message: describeChosen(ids, `set to ${draftStatusLabels[next]}`) });
  };
  const handlePurge = async (draft: DraftSummary) => {
    setPurging(null);
    await runAction(() => request((api) => api.drafts.purge({ id: draft.id })), { message: `“${displayHeadline(draft)}” deleted for good.` });
    listRef.current?.focus();
  };
  const handleUndo = (ids: string[]) => void runAction(() => request((api) => api.drafts.restoreMany({ ids })), { message: ids.length === 1 ? 'Draft restored.' : `${ids.length.toLocaleString()} drafts restored.` });

  const handleOpen = (draft: DraftSummary) => {
    const index = selection.activeIndex;
    if (mode === 'drafts') onOpenDraft(draft.id, index >= 0 && itemAt(index)?.id === draft.id ? index : 0);
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
          <button type="button" className="button" onClick={onImport} aria-keyshortcuts="Control+O Meta+O">
            Import…
          </button>
          <button ref={newDraftRef} type="button" className="button button--primary" onClick={onNewDraft} aria-keyshortcuts="Control+N Meta+N">
            New draft
          </button>
        </div>
        <LibraryToolbar view={view} onViewChange={onViewChange} />
      </header>
      {error ? <ErrorNotice message={error} onDismiss={() => setError(null)} /> : null}
      {pages.error && !error ? <ErrorNotice message={`The drafts could not be listed: ${pages.error}`} /> : null}
      {search?.error ? <ErrorNotice message={`Search failed: ${search.error}`} /> : null}
      <LibraryActions
        mode={mode}
        selected={selection.selectedIds.size}
        summary={describeCount(count, mode, hits !== null, selection.selectedIds.size)}
        onOpen={() => active && handleOpen(active)}
        onTrash={handleTrash}
        onRestore={handleRestore}
        onPurge={() => active && setPurging(active)}
        onSetStatus={handleSetStatus}
      />
      <DraftList
        listRef={listRef}
        label={hits ? 'Search results' : mode === 'trash' ? 'Trash' : 'Drafts'}
        count={count}
        itemAt={itemAt}
        onRangeChange={hits ? undefined : pages.ensureRange}
        activeIndex={selection.activeIndex}
        isSelected={selection.isSelected}
        onMove={selection.moveTo}
        onRowClick={(index, click) => {
          selection.click(index, click);
          const draft = itemAt(index);
          if (mode === 'drafts' && draft && !click.extend && !click.toggle) onOpenDraft(draft.id, index);
        }}
        onToggle={selection.toggle}
        onSelectAll={selection.selectAll}
        onOpen={handleOpen}
        onDelete={mode === 'drafts' ? handleTrash : undefined}
        rowHeight={hits ? 124 : 76}
        resetKey={resetKey}
        trash={mode === 'trash'}
        emptyMessage={emptyMessage(mode, hits !== null, pages.total === null)}
      />
      {count === 0 && loaded && mode === 'drafts' && hits === null ? (
        <p className="library__drop-hint">Drop .md, .txt, .docx or .html files anywhere in this window to import them, or press “Import…”.</p>
      ) : null}
      {notice ? (
        <div className="toast" role="status">
          <span>{notice.message}</span>
          {notice.undoIds ? (
            <button type="button" className="button button--quiet" onClick={() => notice.undoIds && handleUndo(notice.undoIds)}>
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

function describeCount(count: number, mode: LibraryMode, searching: boolean, selected: number): string {
  const number = count.toLocaleString();
  const shown = searching ? (count === 1 ? '1 match' : `${number} matches`) : mode === 'trash' ? `${number} in the trash` : count === 1 ? '1 draft' : `${number} drafts`;
  return selected > 1 ? `${selected.toLocaleString()} of ${shown} selected` : shown;
}

function emptyMessage(mode: LibraryMode, searching: boolean, loading: boolean): string {
  if (loading) return 'Loading…';
  if (searching) return 'No draft matches that search.';
  return mode === 'trash' ? 'The trash is empty.' : 'No drafts yet. Press “New draft” to start one, or “Import…” to bring in copy.';
}
