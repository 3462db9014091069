import { useCallback, useMemo, useRef, useState } from 'react';
import type { DraftSummary } from '../../../electron/shared/model/draft';
import type { RowClick } from './DraftRow';

export type LibrarySelectionSource = {
  count: number;
  itemAt: (index: number) => DraftSummary | undefined;
  /** The ids from start to end, loading what the list has not loaded; null when that failed. */
  idsBetween: (start: number, end: number) => Promise<string[] | null>;
};

export type LibrarySelection = {
  /** The row the keyboard is on (-1: none). */
  activeIndex: number;
  /** The drafts chosen: the active one alone, unless several were picked. */
  selectedIds: ReadonlySet<string>;
  isSelected: (id: string) => boolean;
  moveTo: (index: number, extend: boolean) => void;
  click: (index: number, how: RowClick) => void;
  toggle: (index: number) => void;
  selectAll: () => void;
  /** Back to the first row alone (a new search, sort or filter), or to a given row. */
  reset: (index?: number) => void;
};

function range(from: number, to: number): [number, number] {
  return from <= to ? [from, to] : [to, from];
}

/**
 * The library's selection, as file lists behave: a click or an arrow picks one draft; Shift with
 * either stretches from the anchor; Ctrl- (Cmd-) click and Ctrl+Space add or remove one; Ctrl+A
 * takes them all. Ranges beyond the loaded pages are fetched, so "all" means all.
 */
export function useLibrarySelection({ count, itemAt, idsBetween }: LibrarySelectionSource): LibrarySelection {
  const [activeIndex, setActiveIndex] = useState(-1);
  // Several chosen drafts; empty means "the active draft alone".
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef(0);
  // A range that comes back after a later click is dropped.
  const request = useRef(0);

  const activeId = activeIndex >= 0 && activeIndex < count ? itemAt(activeIndex)?.id : undefined;
  const selectedIds = useMemo<ReadonlySet<string>>(() => (picked.size > 0 ? picked : new Set(activeId ? [activeId] : [])), [picked, activeId]);

  const pickRange = useCallback(
    async (from: number, to: number) => {
      const ticket = (request.current += 1);
      const [start, end] = range(from, to);
      const ids = await idsBetween(start, end);
      if (ids && ticket === request.current) setPicked(new Set(ids));
    },
    [idsBetween],
  );

  const moveTo = useCallback(
    (index: number, extend: boolean) => {
      setActiveIndex(index);
      if (extend) return void pickRange(anchor.current, index);
      request.current += 1;
      anchor.current = index;
      setPicked(new Set());
    },
    [pickRange],
  );

  const toggle = useCallback(
    (index: number) => {
      const id = itemAt(index)?.id;
      if (!id) return;
      request.current += 1;
      const next = new Set(selectedIds);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      anchor.current = index;
      setActiveIndex(index);
      setPicked(next);
    },
    [itemAt, selectedIds],
  );

  const click = useCallback(
    (index: number, how: RowClick) => {
      if (how.toggle) toggle(index);
      else moveTo(index, how.extend);
    },
    [moveTo, toggle],
  );

  const selectAll = useCallback(() => {
    if (count > 0) void pickRange(0, count - 1);
  }, [count, pickRange]);

  const reset = useCallback((index = 0) => {
    request.current += 1;
    anchor.current = index;
    setActiveIndex(index);
    setPicked(new Set());
  }, []);

  const isSelected = useCallback((id: string) => selectedIds.has(id), [selectedIds]);
  return { activeIndex, selectedIds, isSelected, moveTo, click, toggle, selectAll, reset };
}
