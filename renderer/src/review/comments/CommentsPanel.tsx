import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { threadRanges } from './commentRanges';
import type { CommentThread } from '../../../../electron/shared/model/comments';
import type { Suggestion } from '../../../../electron/shared/editor/suggestions/listSuggestions';
import { closeOnEscape } from '../../editor/closeOnEscape';
import { Icon } from '../../ui/Icon';
import { SuggestionsList } from '../suggestions/SuggestionsList';
import { CommentThreadCard, type ThreadActions } from './CommentThreadCard';
import './comments.css';

export type CommentsPanelProps = {
  editor: Editor;
  threads: CommentThread[];
  me: string | null;
  active: string | null;
  /** A thread being started on the selected words, before its first comment. */
  composing: { thread: string; quote: string } | null;
  onStart: (text: string) => Promise<string | null>;
  onCancelStart: () => void;
  actions: ThreadActions;
  suggestions: Suggestion[];
  onClose: () => void;
};

/** The words of each thread in the body as it is now (a thread missing here is on deleted text). */
function useQuotes(editor: Editor): ReadonlyMap<string, string> {
  const subscribe = useCallback(
    (listener: () => void) => {
      editor.on('update', listener);
      return () => void editor.off('update', listener);
    },
    [editor],
  );
  const doc: PmNode = useSyncExternalStore(subscribe, () => editor.state.doc);
  return useMemo(() => {
    const quotes = new Map<string, string>();
    for (const [thread, range] of threadRanges(doc)) quotes.set(thread, doc.textBetween(range.from, range.to, ' ', ' '));
    return quotes;
  }, [doc]);
}

function NewThread({ quote, onStart, onCancel }: { quote: string; onStart: (text: string) => Promise<string | null>; onCancel: () => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onStart(text));
  };
  return (
    <form className="comment-thread comment-thread--active comment__form" aria-label="New comment" onSubmit={(event) => void submit(event)}>
      <blockquote className="comment-thread__quote" dir="auto">
        {quote}
      </blockquote>
      <label className="popover__label" htmlFor={`${id}-text`}>
        Comment
      </label>
      <textarea
        id={`${id}-text`}
        ref={input}
        className="input comment__input"
        value={text}
        maxLength={5000}
        aria-invalid={error !== null}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
        }}
      />
      {error ? <p className="hint hint--error">{error}</p> : null}
      <div className="comment__buttons">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={text.trim() === ''}>
          Comment
        </button>
      </div>
    </form>
  );
}

/**
 * The Comments side panel (a `complementary` region named "Comments"): a thread being started, the
 * open threads in the order their words come in the body, the suggested edits waiting, and the
 * resolved threads, each reachable by keyboard.
 */
export function CommentsPanel(props: CommentsPanelProps) {
  const { threads, active } = props;
  const quotes = useQuotes(props.editor);
  const body = useRef<HTMLDivElement>(null);
  const open = threads.filter((thread) => !thread.resolved);
  const resolved = threads.filter((thread) => thread.resolved);
  useEffect(() => {
    if (active === null) return;
    body.current?.querySelector(`[data-thread="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const card = (thread: CommentThread) => (
    <li key={thread.id}>
      <CommentThreadCard thread={thread} quote={quotes.get(thread.id) ?? null} me={props.me} active={thread.id === active} actions={props.actions} />
    </li>
  );
  return (
    <aside className="history comments-side" aria-label="Comments" onKeyDown={(event) => closeOnEscape(event, props.onClose)}>
      <div className="history__header">
        <h2 className="history__title">Comments</h2>
        <button type="button" className="icon-button" aria-label="Close comments" onClick={props.onClose}>
          <Icon name="close" />
        </button>
      </div>
      <div className="checklist-side__body comments-side__body" ref={body}>
        {props.composing ? <NewThread key={props.composing.thread} quote={props.composing.quote} onStart={props.onStart} onCancel={props.onCancelStart} /> : null}
        {open.length === 0 && props.composing === null ? <p className="hint">No open comments. Select words in the body, then Add comment (Ctrl+Alt+M).</p> : null}
        {open.length > 0 ? <ol className="comments-side__list">{open.map(card)}</ol> : null}
        <section className="comments-side__section" aria-labelledby="comments-suggestions-title">
          <h3 id="comments-suggestions-title" className="comments-side__heading">
            Suggested edits ({props.suggestions.length})
          </h3>
          <SuggestionsList editor={props.editor} suggestions={props.suggestions} />
        </section>
        {resolved.length > 0 ? (
          <section className="comments-side__section" aria-labelledby="comments-resolved-title">
            <h3 id="comments-resolved-title" className="comments-side__heading">
              Resolved ({resolved.length})
            </h3>
            <ol className="comments-side__list">{resolved.map(card)}</ol>
          </section>
        ) : null}
      </div>
    </aside>
  );
}
