import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { returnFocusToBody } from '../returnFocusToBody';
import { watchNearScreen } from '../../ui/nearScreen';

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
  /** Keeps the card's contents drawn however far it is from the screen (a picture, which would load again). */
  alwaysDrawn?: boolean;
};

/**
 * The height a card far from the screen keeps while its contents are not drawn, or null while they are. A card
 * starts drawn; once it is more than a screen away from what the body's scroll container shows, its contents
 * go (their elements cost every keystroke something, however far away) and the empty frame keeps the height
 * it had, so nothing moves; they come back a screen before the card scrolls into view, or at once when the
 * card is focused or selected.
 */
function useFarHeight(editor: Editor, frame: RefObject<HTMLDivElement | null>, enabled: boolean): number | null {
  const [farHeight, setFarHeight] = useState<number | null>(null);
  useEffect(() => {
    const element = frame.current;
    if (!enabled || element === null) return undefined;
    return watchNearScreen(editor.view.dom, element, (near) => setFarHeight(near ? null : element.getBoundingClientRect().height));
  }, [editor, frame, enabled]);
  return farHeight;
}

/**
 * Focuses the card of the block now at `position` (after a move, so keyboard users keep their place): at once
 * when its card is already drawn, so that a key pressed right after (a held arrow key) reaches the moved card
 * and not the page; else once the next frame has drawn it.
 */
function focusCardAt(editor: Editor, position: number): void {
  const focusNow = (): boolean => {
    const dom = editor.view.nodeDOM(position);
    const card = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>('[data-node-card]') : null;
    card?.focus();
    return card !== null;
  };
  if (!focusNow()) requestAnimationFrame(() => void focusNow());
}

/**
 * The frame of an atom block in the body (ad slot, related link): focusable, named for screen
 * readers, with Move up / Move down / Delete buttons and the same from the keyboard (Alt+arrows or
 * arrows, Delete, Backspace) while the card has focus. Every change is one undoable transaction.
 */
export function NodeCard({ editor, getPos, name, kind, selected, warning, children, actions, onActivate, alwaysDrawn = false }: NodeCardProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [focusWithin, setFocusWithin] = useState(false);
  const farHeight = useFarHeight(editor, frame, !alwaysDrawn);
  const drawn = farHeight === null || focusWithin || selected;
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
  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocusWithin(false);
  };
  return (
    <div
      ref={frame}
      className={`node-card node-card--${kind}${selected ? ' node-card--selected' : ''}${warning ? ' node-card--warning' : ''}`}
      role="group"
      tabIndex={0}
      aria-label={name}
      aria-keyshortcuts="ArrowUp ArrowDown Delete"
      data-node-card=""
      contentEditable={false}
      style={drawn || farHeight === null ? undefined : { height: farHeight }}
      onKeyDown={handleKeyDown}
      onFocus={() => setFocusWithin(true)}
      onBlur={handleBlur}
    >
      {drawn ? (
        <>
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
        </>
      ) : null}
    </div>
  );
}
