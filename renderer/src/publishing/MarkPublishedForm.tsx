import { useState, type FormEvent } from 'react';
import type { Draft } from '../../../electron/shared/model/draft';
import { request } from '../api/request';

export type MarkPublishedFormProps = {
  draftId: string;
  /** Told when the draft was marked published, with the draft as the store now has it. */
  onMarked: (draft: Draft) => void;
};

function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** "Mark as published": the article's address on the website and when it went up. */
export function MarkPublishedForm({ draftId, onMarked }: MarkPublishedFormProps) {
  const [url, setUrl] = useState('');
  const [time, setTime] = useState(localNow);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const publishedAt = new Date(time);
    if (Number.isNaN(publishedAt.getTime())) {
      setMessage({ error: true, text: 'Enter when the article was published.' });
      return;
    }
    const result = await request((api) => api.publishing.markPublished({ id: draftId, url: url.trim(), publishedAt: publishedAt.toISOString() }));
    if (!result.ok) {
      setMessage({ error: true, text: result.error.message });
      return;
    }
    setMessage({ error: false, text: 'Marked as published. Other articles can now link to it.' });
    onMarked(result.value);
  };

  return (
    <form className="mark-published" aria-labelledby="mark-published-title" onSubmit={(event) => void handleSubmit(event)}>
      <h3 id="mark-published-title" className="checklist__title">
        Mark as published
      </h3>
      <label className="popover__label" htmlFor="published-url">
        Website address
      </label>
      <input id="published-url" className="input" type="url" required value={url} placeholder="https://…" onChange={(event) => setUrl(event.target.value)} />
      <label className="popover__label" htmlFor="published-time">
        Published at
      </label>
      <input id="published-time" className="input" type="datetime-local" required value={time} onChange={(event) => setTime(event.target.value)} />
      {message ? <p className={`hint${message.error ? ' hint--error' : ''}`} role="status">{message.text}</p> : null}
      <button type="submit" className="button">
        Mark as published
      </button>
    </form>
  );
}
