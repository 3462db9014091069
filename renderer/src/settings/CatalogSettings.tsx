import { useEffect, useState } from 'react';
import type { CatalogFeed } from '../../../electron/shared/model/catalog';
import { request } from '../api/request';
import { CatalogImportForm } from '../inserters/CatalogImportForm';

/** The catalog of published articles: its size, its feeds, import and refresh. */
export function CatalogSettings() {
  const [summary, setSummary] = useState<{ total: number; feeds: CatalogFeed[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);

  useEffect(() => {
    let current = true;
    void request((api) => api.catalog.list({ limit: 1 })).then((result) => {
      if (current && result.ok) setSummary({ total: result.value.total, feeds: result.value.feeds });
    });
    return () => {
      current = false;
    };
  }, [refreshKey]);

  const handleRefresh = async () => {
    setMessage('Refreshing…');
    const result = await request((api) => api.catalog.refresh({}));
    if (!result.ok) return setMessage(result.error.message);
    const failed = result.value.feeds.filter((feed) => feed.error !== null);
    setMessage(failed.length === 0 ? 'Every feed is up to date.' : failed.map((feed) => `${feed.url}: ${feed.error ?? ''}`).join(' '));
    setRefreshKey((key) => key + 1);
  };

  return (
    <fieldset className="settings__fieldset">
      <legend>Catalog of published articles</legend>
      <p className="hint">{summary === null ? 'Loading…' : `${summary.total} articles for related links.`}</p>
      {summary !== null && summary.feeds.length > 0 ? (
        <ul className="settings__feeds" aria-label="Feeds">
          {summary.feeds.map((feed) => (
            <li key={feed.url}>
              {feed.title || feed.url} — {feed.itemCount} articles, imported {new Date(feed.lastImportedAt).toLocaleString()}
            </li>
          ))}
        </ul>
      ) : null}
      <CatalogImportForm onImported={() => setRefreshKey((key) => key + 1)} />
      <button type="button" className="button" disabled={summary === null || summary.feeds.length === 0} onClick={() => void handleRefresh()}>
        Refresh feeds
      </button>
      {message ? <p className="hint" role="status">{message}</p> : null}
    </fieldset>
  );
}
