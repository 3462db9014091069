import type { SaveState } from './autosave/saveState';
import { describeSaveState } from './autosave/saveState';

export type StatusBarProps = {
  words: number;
  characters: number;
  saveState: SaveState;
};

const WORDS_PER_MINUTE = 230;

/** "3 min read": at least a minute once there is any text. */
export function readingTime(words: number): string {
  if (words === 0) return '0 min read';
  return `${Math.max(1, Math.round(words / WORDS_PER_MINUTE))} min read`;
}

/** Words, characters, reading time, and whether everything is saved. */
export function StatusBar({ words, characters, saveState }: StatusBarProps) {
  return (
    <footer className="status-bar">
      <span className="status-bar__stats">
        <span>{words === 1 ? '1 word' : `${words.toLocaleString()} words`}</span>
        <span>{characters === 1 ? '1 character' : `${characters.toLocaleString()} characters`}</span>
        <span>{readingTime(words)}</span>
      </span>
      <span className={`save-status save-status--${saveState.kind}`} role="status">
        <span className="save-status__dot" aria-hidden="true" />
        {describeSaveState(saveState)}
      </span>
    </footer>
  );
}
