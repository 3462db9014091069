import type { Editor } from '@tiptap/react';
import { memo, useLayoutEffect, useRef } from 'react';
import { followSaveStatus, type SaveStatusShown } from './autosave/saveStatusDisplay';
import type { SaveStates } from './autosave/saveState';
import { bodyStats } from './bodyMeasure';
import { useSyncStatus } from '../sync/useSyncStatus';
import { frameWriter } from '../ui/frameWriter';

export type StatusBarProps = {
  editor: Editor;
  saveStates: SaveStates;
};

const WORDS_PER_MINUTE = 230;

/** "3 min read": at least a minute once there is any text. */
export function readingTime(words: number): string {
  if (words === 0) return '0 min read';
  return `${Math.max(1, Math.round(words / WORDS_PER_MINUTE))} min read`;
}

// One formatter for every count: `toLocaleString` sets up a new one at each call, at every keystroke.
const counts = new Intl.NumberFormat();

/** The three counts under the body, as they read. */
export function statsTexts(words: number, characters: number): [string, string, string] {
  return [words === 1 ? '1 word' : `${counts.format(words)} words`, characters === 1 ? '1 character' : `${counts.format(characters)} characters`, readingTime(words)];
}

/**
 * The counts follow every keystroke without a React render: a React commit while the caret is in the
 * body measures the selection across the whole body's DOM, which in a long article costs more than
 * the keystroke itself. So React renders the spans once and the editor's updates write their text, at
 * the next frame (once however many keys came in between). The save status is written only when its
 * words change (followSaveStatus): "Saving…" at the first key after a pause, "Saved" once it settles.
 */
const BodyStats = memo(function BodyStats({ editor }: { editor: Editor }) {
  const spans = useRef<(HTMLSpanElement | null)[]>([]);
  useLayoutEffect(() => {
    // Each count is one text node whose data changes: setting `textContent` would put a new node in the
    // tree at every keystroke, and the page would work out its style again.
    const texts = spans.current.map((span) => span?.appendChild(document.createTextNode('')) ?? null);
    const write = () => {
      const { words, characters } = bodyStats(editor.state.doc);
      statsTexts(words, characters).forEach((text, index) => {
        const node = texts[index];
        if (node && node.data !== text) node.data = text;
      });
    };
    write();
    const writer = frameWriter(write);
    editor.on('update', writer.schedule);
    return () => {
      editor.off('update', writer.schedule);
      writer.cancel();
      texts.forEach((node) => node?.remove());
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

const SaveStatus = memo(function SaveStatus({ saveStates }: { saveStates: SaveStates }) {
  const status = useRef<HTMLSpanElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    let shown: SaveStatusShown | null = null;
    const write = () => {
      if (shown === null) return;
      const { kind, words } = shown;
      if (status.current) {
        status.current.className = `save-status save-status--${kind}`;
        status.current.title = words;
      }
      if (text.current) text.current.textContent = words;
    };
    // "Saving…" comes with the first key after a pause, inside its keystroke: written there, it changed
    // the page's style before the caret was measured. At the frame it is in the same picture, off the key.
    const writer = frameWriter(write);
    const stop = followSaveStatus(saveStates, (next) => {
      shown = next;
      writer.schedule();
    });
    // The state it starts with is written at once, not again at the frame.
    writer.cancel();
    write();
    return () => {
      stop();
      writer.cancel();
    };
  }, [saveStates]);
  return (
    <span ref={status} className="save-status" role="status">
      <span className="save-status__dot" aria-hidden="true" />
      <span ref={text} className="save-status__text" />
    </span>
  );
});

/** Where the work stands with the newsroom server, in words; nothing on a laptop with no server. */
function SyncStatus() {
  const [sync] = useSyncStatus();
  if (sync === null || sync.state === 'local') return null;
  return (
    <span className={`sync-status sync-status--${sync.state}`} role="status">
      {sync.words}
    </span>
  );
}

/** Words, characters, reading time (following the body as it is typed), and whether everything is saved. */
export function StatusBar({ editor, saveStates }: StatusBarProps) {
  return (
    <footer className="status-bar">
      <BodyStats editor={editor} />
      <SaveStatus saveStates={saveStates} />
      <SyncStatus />
    </footer>
  );
}
