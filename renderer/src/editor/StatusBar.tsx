import type { Editor } from '@tiptap/react';
import { memo, useLayoutEffect, useRef } from 'react';
import type { SaveState } from './autosave/saveState';
import { describeSaveState } from './autosave/saveState';
import { bodyStats } from './bodyMeasure';

export type StatusBarProps = {
  editor: Editor;
  saveState: SaveState;
};

const WORDS_PER_MINUTE = 230;

/** "3 min read": at least a minute once there is any text. */
export function readingTime(words: number): string {
  if (words === 0) return '0 min read';
  return `${Math.max(1, Math.round(words / WORDS_PER_MINUTE))} min read`;
}

/** The three counts under the body, as they read. */
export function statsTexts(words: number, characters: number): [string, string, string] {
  return [words === 1 ? '1 word' : `${words.toLocaleString()} words`, characters === 1 ? '1 character' : `${characters.toLocaleString()} characters`, readingTime(words)];
}

/**
 * The counts follow every keystroke without a React render: a React commit while the caret is in the
 * body measures the selection across the whole body's DOM, which in a long article costs more than
 * the keystroke itself. So React renders the spans once and the editor's updates write their text.
 */
const BodyStats = memo(function BodyStats({ editor }: { editor: Editor }) {
  const spans = useRef<(HTMLSpanElement | null)[]>([]);
  useLayoutEffect(() => {
    const write = () => {
      const { words, characters } = bodyStats(editor.state.doc);
      statsTexts(words, characters).forEach((text, index) => {
        const span = spans.current[index];
        if (span && span.textContent !== text) span.textContent = text;
      });
    };
    write();
    editor.on('update', write);
    return () => {
      editor.off('update', write);
    };
  }, [editor]);
  return (
    <span className="status-bar__stats">
      {[0, 1, 2].map((index) => (
        <span
          key={index}
          ref={(span) => {
            spans.current[index] = span;
          }}
        />
      ))}
    </span>
  );
});

/** Words, characters, reading time (following the body as it is typed), and whether everything is saved. */
export function StatusBar({ editor, saveState }: StatusBarProps) {
  const saveText = describeSaveState(saveState);
  return (
    <footer className="status-bar">
      <BodyStats editor={editor} />
      <span className={`save-status save-status--${saveState.kind}`} role="status" title={saveText}>
        <span className="save-status__dot" aria-hidden="true" />
        <span className="save-status__text">{saveText}</span>
      </span>
    </footer>
  );
}
