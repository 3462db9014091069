import type { Editor } from '@tiptap/core';
import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
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

/** Per editor, the position of a moved block whose card is not drawn yet and takes focus as it is. */
const focusOnMount = new WeakMap<Editor, number>();

function cardAt(editor: Editor, position: number): HTMLElement | null {
  const dom = editor.view.nodeDOM(position);
  return dom instanceof HTMLElement ? dom.querySelector<HTMLElement>('[data-node-card]') : null;
}

/**
 * Focuses the card of the block now at `position` (after a move, so keyboard users keep their place). A move
 * makes a new node view whose card React draws a moment later (after the key's own task, before the next
 * one): that card takes focus as it mounts, so a key pressed right after (a held arrow key, keys faster than a
 * frame) reaches the moved card and not the page. A card that is not drawn by the next frame (the move was
 * undone meanwhile) is no longer waited for.
 */
function focusCardAt(editor: Editor, position: number): void {
  const card = cardAt(editor, position);
  if (card !== null) {
    card.focus();
    return;
  }
  focusOnMount.set(editor, position);
  requestAnimationFrame(() => {
    if (focusOnMount.get(editor) !== position) return;
    focusOnMount.delete(editor);
    cardAt(editor, position)?.focus();
  });
}

/** Focuses the card as it mounts when it is the moved block's that `focusCardAt` waits for. */
function useFocusOnMount(editor: Editor, getPos: () => number | undefined, frame: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const waiting = focusOnMount.get(editor);
    if (waiting === undefined || waiting !== getPos()) return;
    focusOnMount.delete(editor);
    frame.current?.focus();
    // Only as the card mounts: a card drawn later at that position is another block's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
  useFocusOnMount(editor, getPos, frame);
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
