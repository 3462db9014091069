import { useId, useState, type FormEvent } from 'react';
import type { CatalogImportReport } from '../../../electron/shared/model/catalog';
import { request } from '../api/request';

export type CatalogImportFormProps = {
  /** Called after a successful import, e.g. to search again. */
  onImported?: (report: CatalogImportReport) => void;
};

function describeReport(report: CatalogImportReport): string {
  const skipped = report.skipped > 0 ? `, ${report.skipped} skipped` : '';
  return `Imported ${report.added} new and ${report.updated} updated articles${skipped}.`;
}

/** Imports the website's feed (RSS, Atom or news sitemap) into the catalog, from a URL or a file. */
export function CatalogImportForm({ onImported }: CatalogImportFormProps) {
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const inputId = useId();

  const runImport = async (input: { url?: string }) => {
    setBusy(true);
    setMessage(null);
    const result = await request((api) => api.catalog.import(input));
    setBusy(false);
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    if (result.value === null) return;
    setMessage({ kind: 'done', text: describeReport(result.value) });
    onImported?.(result.value);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const url = source.trim();
    if (!/^https?:\/\/\S+/i.test(url)) return setMessage({ kind: 'error', text: 'Type the feed’s web address (https://…), or choose a file.' });
    void runImport({ url });
  };

  return (
    <form className="catalog-import" onSubmit={handleSubmit} aria-label="Import a feed">
      <label htmlFor={inputId}>Feed URL</label>
      <div className="catalog-import__row">
        <input id={inputId} className="input" value={source} placeholder="https://example.com/feed.xml" onChange={(event) => setSource(event.target.value)} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Importing…' : 'Import feed'}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void runImport({})}>
          Choose file…
        </button>
      </div>
      {message ? (
        <p className={`hint${message.kind === 'error' ? ' hint--error' : ''}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
