import { useEditorState, type Editor } from '@tiptap/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { chooseSlashCommand, runSlashCommand, slashMenuId, slashMenuKey, slashOptionId } from './slashCommands';

const GAP = 4;
const MARGIN = 8;

type Place = { left: number; top: number };

/** Below the caret, or above it when the window has no room below; always inside the window. */
function placeMenu(editor: Editor, from: number, menu: HTMLElement): Place {
  const caret = editor.view.coordsAtPos(from);
  const { width, height } = menu.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(caret.left, window.innerWidth - width - MARGIN));
  const below = caret.bottom + GAP;
  const top = below + height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, caret.top - GAP - height);
  return { left, top };
}

/**
 * The menu of `/` commands under the caret: a listbox whose chosen option the body points to with
 * aria-activedescendant (the focus stays in the text). Keys are handled by the SlashCommands
 * plugin; the mouse chooses on hover and runs on click, without taking the focus from the body.
 */
export function SlashCommandMenu({ editor }: { editor: Editor }) {
  const menu = useEditorState({ editor, selector: ({ editor: current }) => slashMenuKey.getState(current.state) ?? null });
  const element = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Place | null>(null);
  const from = menu?.open ? menu.range.from : null;

  useLayoutEffect(() => {
    if (from === null || element.current === null) return setPlace(null);
    const menuElement = element.current;
    const update = () => setPlace(placeMenu(editor, from, menuElement));
    update();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [editor, from, menu?.items.length]);

  if (!menu?.open) return null;
  return createPortal(
    <div
      ref={element}
      className="slash-menu"
      style={place === null ? { visibility: 'hidden', left: 0, top: 0 } : { left: place.left, top: place.top }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <p className="slash-menu__hint" aria-hidden="true">
        Commands · ↑↓ to choose, Enter to insert, Esc to close
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
            <span className="slash-menu__label">{command.label}</span>
            <span className="slash-menu__word">/{command.name}</span>
          </li>
        ))}
      </ul>
    </div>,
    document.body,
  );
}
