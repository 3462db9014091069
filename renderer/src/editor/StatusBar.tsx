import { useEditorState, type Editor } from '@tiptap/react';
import type { SaveState } from './autosave/saveState';
import { describeSaveState } from './autosave/saveState';
import { bodyStats } from './bodyMeasure';
import { useSyncStatus } from '../sync/useSyncStatus';

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

/** Words, characters, reading time (following the body as it is typed), and whether everything is saved. */
export function StatusBar({ editor, saveState }: StatusBarProps) {
  const { words, characters } = useEditorState({ editor, selector: ({ editor: current }) => bodyStats(current.state.doc) });
  const saveText = describeSaveState(saveState);
  const [sync] = useSyncStatus();
  return (
    <footer className="status-bar">
      <span className="status-bar__stats">
        <span>{words === 1 ? '1 word' : `${words.toLocaleString()} words`}</span>
        <span>{characters === 1 ? '1 character' : `${characters.toLocaleString()} characters`}</span>
        <span>{readingTime(words)}</span>
      </span>
      <span className={`save-status save-status--${saveState.kind}`} role="status" title={saveText}>
        <span className="save-status__dot" aria-hidden="true" />
        <span className="save-status__text">{saveText}</span>
      </span>
      {sync !== null && sync.state !== 'local' ? (
        <span className={`sync-status sync-status--${sync.state}`} role="status">
          {sync.words}
        </span>
      ) : null}
    </footer>
  );
}
