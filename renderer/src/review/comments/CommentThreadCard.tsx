import { useId, useState, type FormEvent } from 'react';
import type { Comment, CommentThread } from '../../../../electron/shared/model/comments';

export type ThreadActions = {
  reply: (thread: string, text: string) => Promise<string | null>;
  edit: (thread: string, comment: string, text: string) => Promise<string | null>;
  remove: (thread: string, comment: string) => Promise<string | null>;
  resolve: (thread: string, resolved: boolean) => Promise<string | null>;
  showInText: (thread: string) => void;
};

export type CommentThreadCardProps = {
  thread: CommentThread;
  /** The words the thread is about, or null when they were deleted. */
  quote: string | null;
  me: string | null;
  active: boolean;
  actions: ThreadActions;
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function CommentView({ comment, thread, mine, actions }: { comment: Comment; thread: string; mine: boolean; actions: ThreadActions }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.text);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await actions.edit(thread, comment.id, text);
    setError(failure);
    if (failure === null) setEditing(false);
  };
  return (
    <li className="comment">
      <p className="comment__by">
        <bdi className="comment__author">{comment.author}</bdi> <time dateTime={comment.createdAt}>{when(comment.createdAt)}</time>
        {comment.editedAt !== null ? <span className="comment__edited"> (edited)</span> : null}
      </p>
      {editing ? (
        <form className="comment__form" onSubmit={(event) => void save(event)}>
          <label className="visually-hidden" htmlFor={`${id}-edit`}>
            Edit comment
          </label>
          <textarea id={`${id}-edit`} className="input comment__input" value={text} maxLength={5000} autoFocus onChange={(event) => setText(event.target.value)} />
          {error ? <p className="hint hint--error">{error}</p> : null}
          <div className="comment__buttons">
            <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="button button--primary">
              Save
            </button>
          </div>
        </form>
      ) : (
        <p className="comment__text" dir="auto">
          {comment.text}
        </p>
      )}
      {mine && !editing ? (
        <div className="comment__buttons">
          <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="button button--quiet" onClick={() => void actions.remove(thread, comment.id).then(setError)}>
            Delete
          </button>
        </div>
      ) : null}
      {error && !editing ? <p className="hint hint--error">{error}</p> : null}
    </li>
  );
}

/** One thread in the Comments panel: the words it is about, its comments, a reply box, Resolve or Reopen, Show in text. */
export function CommentThreadCard({ thread, quote, me, active, actions }: CommentThreadCardProps) {
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const first = thread.comments[0];
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await actions.reply(thread.id, reply);
    setError(failure);
    if (failure === null) setReply('');
  };
  return (
    <article
      className={`comment-thread${active ? ' comment-thread--active' : ''}`}
      aria-label={`Comment by ${first?.author ?? 'someone'}${quote === null ? ' on deleted text' : ` on “${quote.slice(0, 60)}”`}`}
      data-thread={thread.id}
    >
      {quote === null ? <p className="comment-thread__deleted">On deleted text</p> : <blockquote className="comment-thread__quote" dir="auto">{quote}</blockquote>}
      <ol className="comment-thread__comments">
        {thread.comments.map((comment) => (
          <CommentView key={comment.id} comment={comment} thread={thread.id} mine={comment.author === me} actions={actions} />
        ))}
      </ol>
      {thread.resolved ? (
        <p className="comment-thread__resolved">
          Resolved by <bdi>{thread.resolvedBy}</bdi>
          {thread.resolvedAt ? <> · {when(thread.resolvedAt)}</> : null}
        </p>
      ) : (
        <form className="comment__form" onSubmit={(event) => void send(event)}>
          <label className="visually-hidden" htmlFor={`${id}-reply`}>
            Reply
          </label>
          <textarea id={`${id}-reply`} className="input comment__input" placeholder="Reply" value={reply} maxLength={5000} onChange={(event) => setReply(event.target.value)} />
          <div className="comment__buttons">
            <button type="submit" className="button" disabled={reply.trim() === ''}>
              Reply
            </button>
          </div>
        </form>
      )}
      {error ? <p className="hint hint--error">{error}</p> : null}
      <div className="comment-thread__actions">
        {quote !== null && !thread.resolved ? (
          <button type="button" className="button button--quiet" onClick={() => actions.showInText(thread.id)}>
            Show in text
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void actions.resolve(thread.id, !thread.resolved).then(setError)}>
          {thread.resolved ? 'Reopen' : 'Resolve'}
        </button>
      </div>
    </article>
  );
}
