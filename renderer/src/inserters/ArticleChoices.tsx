import type { CatalogArticle } from '../../../electron/shared/model/catalog';

export type ArticleChoicesProps = {
  label: string;
  articles: readonly CatalogArticle[];
  chosenUrl: string;
  onChoose: (article: CatalogArticle) => void;
};

/** A catalog date as readers see it, e.g. "22 Dec 2022". */
export function displayDate(iso: string | null): string {
  if (iso === null) return 'No date';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 'No date' : new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A list of catalog articles to pick from, each with its section and date. */
export function ArticleChoices({ label, articles, chosenUrl, onChoose }: ArticleChoicesProps) {
  return (
    <ul className="article-choices" aria-label={label}>
      {articles.map((article) => (
        <li key={article.id}>
          <button type="button" className="article-choice" aria-pressed={article.url === chosenUrl} onClick={() => onChoose(article)}>
            <span className="article-choice__title">{article.title}</span>
            <span className="article-choice__meta">
              {article.section === '' ? '' : `${article.section} · `}
              {displayDate(article.publishedAt)}
              {article.source === 'draft' ? ' · from Newsdesk' : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
