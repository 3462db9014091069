import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent, type Ref } from 'react';
import type { DraftSummary } from '../../../electron/shared/model/draft';
import { DraftRow, type RowClick } from './DraftRow';

export type DraftListProps = {
  /** Accessible name of the list ("Drafts", "Trash", "Search results"). */
  label: string;
  count: number;
  itemAt: (index: number) => (DraftSummary & { snippet?: string }) | undefined;
  /** Called with the visible positions so their pages can be loaded. */
  onRangeChange?: (start: number, end: number) => void;
  activeIndex: number;
  isSelected: (id: string) => boolean;
  /** The cursor moves (arrows, Home, End, pages); with Shift the selection stretches to it. */
  onMove: (index: number, extend: boolean) => void;
  onRowClick: (index: number, click: RowClick) => void;
  onToggle: (index: number) => void;
  onSelectAll: () => void;
  onOpen: (draft: DraftSummary) => void;
  /** Delete or Backspace: the selected drafts. */
  onDelete?: () => void;
  rowHeight: number;
  /** Changes when the list shows something else (search, sort, filter): it starts again at the top. */
  resetKey: string;
  /** Shows trash times rather than update times. */
  trash: boolean;
  emptyMessage: string;
  listRef?: Ref<HTMLDivElement>;
};

const PAGE_STEP = 8;

function nextIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, index + PAGE_STEP);
    case 'PageUp':
      return Math.max(0, index - PAGE_STEP);
    default:
      return null;
  }
}

/**
 * The drafts as a virtualised, multi-selectable listbox: only the rows on screen exist in the page.
 * The list itself holds focus; arrow keys move the active row (`aria-activedescendant`), Shift with
 * them, Shift- or Ctrl-click and Ctrl+A select several; Enter opens the active draft.
 */
export function DraftList(props: DraftListProps) {
  const { count, itemAt, onRangeChange, activeIndex, onMove, onOpen, onDelete, resetKey } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const idPrefix = useId();
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => props.rowHeight,
    overscan: 8,
  });
  const { rowHeight } = props;
  // The virtualizer keeps the sizes it estimated; search rows (with a snippet) are taller.
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);
  useEffect(() => virtualizer.scrollToOffset(0), [resetKey, virtualizer]);
  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < count) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, count, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? 0;

  useEffect(() => {
    if (count > 0) onRangeChange?.(first, last);
  }, [first, last, count, itemAt, onRangeChange]);

  const active = activeIndex >= 0 && activeIndex < count ? itemAt(activeIndex) : undefined;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const command = event.ctrlKey || event.metaKey;
    const target = nextIndex(event.key, Math.max(activeIndex, 0), count);
    if (target !== null && !event.altKey) {
      event.preventDefault();
      onMove(target, event.shiftKey);
    } else if (command && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      props.onSelectAll();
    } else if (command && event.key === ' ' && activeIndex >= 0) {
      event.preventDefault();
      props.onToggle(activeIndex);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      onOpen(active);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && active && onDelete) {
      event.preventDefault();
      onDelete();
    }
  };

  const handleFocus = () => {
    if (activeIndex < 0 && count > 0) onMove(0, false);
  };

  if (count === 0) return <p className="draft-list__empty">{props.emptyMessage}</p>;

  const setRefs = (element: HTMLDivElement | null) => {
    scrollRef.current = element;
    const { listRef } = props;
    if (typeof listRef === 'function') listRef(element);
    else if (listRef) listRef.current = element;
  };

  return (
    <div
      ref={setRefs}
      className="draft-list"
      role="listbox"
      aria-label={props.label}
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={active ? `${idPrefix}-${activeIndex}` : undefined}
      onKeyDown={handleKeyDown}
      onFocus={handleFocus}
    >
      <div className="draft-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const draft = itemAt(row.index);
          return (
            <DraftRow
              key={row.key}
              id={`${idPrefix}-${row.index}`}
              index={row.index}
              count={count}
              draft={draft}
              top={row.start}
              height={row.size}
              active={row.index === activeIndex}
              selected={draft !== undefined && props.isSelected(draft.id)}
              trash={props.trash}
              onClick={(click) => props.onRowClick(row.index, click)}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
