import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { DraftSummary } from '../../../electron/shared/model/draft';
import { DraftRow } from './DraftRow';

export type DraftListProps = {
  /** Accessible name of the list ("Drafts", "Trash", "Search results"). */
  label: string;
  count: number;
  itemAt: (index: number) => (DraftSummary & { snippet?: string }) | undefined;
  /** Called with the visible positions so their pages can be loaded. */
  onRangeChange?: (start: number, end: number) => void;
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
  onOpen: (draft: DraftSummary) => void;
  /** Delete or Backspace on the active draft. */
  onDelete?: (draft: DraftSummary) => void;
  rowHeight: number;
  openOnClick: boolean;
  emptyMessage: string;
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
 * The drafts as a virtualised listbox: only the rows on screen exist in the page. The list itself
 * holds focus; arrow keys move the active row (`aria-activedescendant`), Enter opens it.
 */
export function DraftList(props: DraftListProps) {
  const { count, itemAt, onRangeChange, activeIndex, onActiveIndexChange, onOpen, onDelete } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
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
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? 0;

  useEffect(() => {
    if (count > 0) onRangeChange?.(first, last);
  }, [first, last, count, itemAt, onRangeChange]);

  const active = activeIndex >= 0 && activeIndex < count ? itemAt(activeIndex) : undefined;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const target = nextIndex(event.key, Math.max(activeIndex, 0), count);
    if (target !== null) {
      event.preventDefault();
      onActiveIndexChange(target);
      virtualizer.scrollToIndex(target, { align: 'auto' });
      return;
    }
    if (event.key === 'Enter' && active) {
      event.preventDefault();
      onOpen(active);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && active && onDelete) {
      event.preventDefault();
      onDelete(active);
    }
  };

  const handleFocus = () => {
    if (activeIndex < 0 && count > 0) onActiveIndexChange(0);
  };

  if (count === 0) return <p className="draft-list__empty">{props.emptyMessage}</p>;

  return (
    <div
      ref={scrollRef}
      className="draft-list"
      role="listbox"
      aria-label={props.label}
      tabIndex={0}
      aria-activedescendant={active ? `${idPrefix}-${activeIndex}` : undefined}
      onKeyDown={handleKeyDown}
      onFocus={handleFocus}
    >
      <div className="draft-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => (
          <DraftRow
            key={row.key}
            id={`${idPrefix}-${row.index}`}
            index={row.index}
            count={count}
            draft={itemAt(row.index)}
            top={row.start}
            height={row.size}
            active={row.index === activeIndex}
            openOnClick={props.openOnClick}
            onSelect={() => onActiveIndexChange(row.index)}
            onOpen={onOpen}
          />
        ))}
      </div>
    </div>
  );
}
