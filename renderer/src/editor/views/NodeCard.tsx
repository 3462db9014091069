import type { Editor } from '@tiptap/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { returnFocusToBody } from '../returnFocusToBody';

export type NodeCardProps = {
  editor: Editor;
  getPos: () => number | undefined;
  /** The card's accessible name, e.g. "Advertisement, inline". */
  name: string;
  kind: 'ad' | 'related' | 'figure';
  selected: boolean;
  warning?: ReactNode;
  /** What the card shows (title, details). */
  children: ReactNode;
  /** Buttons before Move up / Move down / Delete. */
  actions?: ReactNode;
  /** Enter on the focused card (e.g. reopen a dialog). */
  onActivate?: () => void;
};

/** Focuses the card of the block now at `position` (after a move, so keyboard users keep their place). */
function focusCardAt(editor: Editor, position: number): void {
  requestAnimationFrame(() => {
    const dom = editor.view.nodeDOM(position);
    if (dom instanceof HTMLElement) dom.querySelector<HTMLElement>('[data-node-card]')?.focus();
  });
}

/**
 * The frame of an atom block in the body (ad slot, related link): focusable, named for screen
 * readers, with Move up / Move down / Delete buttons and the same from the keyboard (Alt+arrows or
 * arrows, Delete, Backspace) while the card has focus. Every change is one undoable transaction.
 */
export function NodeCard({ editor, getPos, name, kind, selected, warning, children, actions, onActivate }: NodeCardProps) {
  const move = (direction: 'up' | 'down') => {
    const position = getPos();
    if (position === undefined) return;
    if (editor.commands.moveBlockEmbed(position, direction)) focusCardAt(editor, editor.state.selection.from);
  };
  const remove = () => {
    const position = getPos();
    if (position === undefined) return;
    editor.commands.deleteBlockEmbed(position);
    // The Delete button goes with the card: Ctrl+Z pressed at once must reach the body.
    returnFocusToBody(editor);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const actionsByKey: Record<string, () => void> = {
      ArrowUp: () => move('up'),
      ArrowDown: () => move('down'),
      Delete: remove,
      Backspace: remove,
      Enter: () => onActivate?.(),
      Escape: () => returnFocusToBody(editor),
    };
    const action = actionsByKey[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  };
  return (
    <div
      className={`node-card node-card--${kind}${selected ? ' node-card--selected' : ''}${warning ? ' node-card--warning' : ''}`}
      role="group"
      tabIndex={0}
      aria-label={name}
      aria-keyshortcuts="ArrowUp ArrowDown Delete"
      data-node-card=""
      contentEditable={false}
      onKeyDown={handleKeyDown}
    >
      <span className="node-card__handle" draggable="true" data-drag-handle="" title="Drag to move" aria-hidden="true">
        ⠿
      </span>
      <div className="node-card__main">{children}</div>
      <div className="node-card__actions">
        {actions}
        <button type="button" className="node-card__button" onClick={() => move('up')}>
          Move up
        </button>
        <button type="button" className="node-card__button" onClick={() => move('down')}>
          Move down
        </button>
        <button type="button" className="node-card__button node-card__button--danger" onClick={remove}>
          Delete
        </button>
      </div>
      {warning}
    </div>
  );
}
