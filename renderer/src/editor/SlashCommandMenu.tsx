import { useEditorState, type Editor } from '@tiptap/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { chooseSlashCommand, runSlashCommand, slashMenuId, slashMenuKey, slashOptionId } from './slashCommands';

const GAP = 4;
const MARGIN = 8;

type Place = { left: number; top: number; maxHeight: number };
type Bounds = { top: number; bottom: number; right: number };

/** The box the menu stays in: the scrolling area the body is in (not under the header or status bar), else the window. */
function scrollArea(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return null;
}

function boundsOf(area: HTMLElement | null): Bounds {
  const box = area?.getBoundingClientRect();
  return { top: Math.max(0, box?.top ?? 0), bottom: Math.min(window.innerHeight, box?.bottom ?? window.innerHeight), right: window.innerWidth };
}

/**
 * Below the caret. When the menu does not fit there, the text scrolls up to make room (as far as
 * it can); failing that the menu opens above the caret, and only when neither fits does its list
 * scroll. Always inside the scrolling area and the window.
 */
function placeMenu(editor: Editor, from: number, menu: HTMLElement, makeRoom: boolean): Place {
  const area = scrollArea(editor.view.dom);
  const height = menu.scrollHeight;
  let caret = editor.view.coordsAtPos(from);
  let bounds = boundsOf(area);
  const shortfall = caret.bottom + GAP + height - (bounds.bottom - MARGIN);
  if (makeRoom && shortfall > 0 && area !== null) {
    area.scrollTop += shortfall;
    caret = editor.view.coordsAtPos(from);
    bounds = boundsOf(area);
  }
  const { width } = menu.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(caret.left, bounds.right - width - MARGIN));
  const roomBelow = bounds.bottom - MARGIN - (caret.bottom + GAP);
  const roomAbove = caret.top - GAP - (bounds.top + MARGIN);
  if (roomBelow >= height || roomBelow >= roomAbove) return { left, top: caret.bottom + GAP, maxHeight: roomBelow };
  return { left, top: caret.top - GAP - Math.min(height, roomAbove), maxHeight: roomAbove };
}

/**
 * The menu of `/` commands under the caret, while the body has the focus: a listbox whose chosen option the body points to with
 * aria-activedescendant (the focus stays in the text). Keys are handled by the SlashCommands
 * plugin; the mouse chooses on hover and runs on click, without taking the focus from the body.
 */
export function SlashCommandMenu({ editor }: { editor: Editor }) {
  const menu = useEditorState({ editor, selector: ({ editor: current }) => (current.isFocused ? (slashMenuKey.getState(current.state) ?? null) : null) });
  const element = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Place | null>(null);
  const from = menu?.open ? menu.range.from : null;

  useLayoutEffect(() => {
    if (from === null || element.current === null) return setPlace(null);
    const menuElement = element.current;
    const update = () => setPlace(placeMenu(editor, from, menuElement, false));
    setPlace(placeMenu(editor, from, menuElement, true));
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [editor, from, menu?.items.length]);

  const chosen = menu?.open ? menu.index : null;
  useLayoutEffect(() => {
    if (chosen !== null) document.getElementById(slashOptionId(chosen))?.scrollIntoView({ block: 'nearest' });
  }, [chosen]);

  if (!menu?.open) return null;
  return createPortal(
    <div
      ref={element}
      className="slash-menu"
      style={place === null ? { visibility: 'hidden', left: 0, top: 0 } : place}
      onMouseDown={(event) => event.preventDefault()}
    >
      <p className="slash-menu__hint" aria-hidden="true">
        ↑↓ choose · Enter insert · Esc close
      </p>
      <ul id={slashMenuId} role="listbox" aria-label="Commands">
        {menu.items.map((command, index) => (
          <li
            key={command.name}
            id={slashOptionId(index)}
            role="option"
            aria-selected={index === menu.index}
            className="slash-menu__option"
            onMouseMove={() => index !== menu.index && chooseSlashCommand(editor, index)}
            onClick={() => runSlashCommand(editor, index)}
          >
            <span className="slash-menu__label">{command.label}</span>{' '}
            <span className="slash-menu__word">/{command.name}</span>
          </li>
        ))}
      </ul>
    </div>,
    document.body,
  );
}
