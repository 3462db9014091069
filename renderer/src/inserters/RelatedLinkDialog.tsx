import type { Editor } from '@tiptap/core';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { safeUrl } from '../../../electron/shared/editor/safeUrl';
import type { CatalogArticle } from '../../../electron/shared/model/catalog';
import { returnFocusToBody } from '../editor/returnFocusToBody';
import { useSiteSettings } from '../settings/siteSettingsStore';
import { ArticleChoices } from './ArticleChoices';
import { CatalogImportForm } from './CatalogImportForm';
import { RelatedLinkFields, type LinkFields } from './RelatedLinkFields';
import { useCatalogSearch } from './useCatalogSearch';

export type RelatedLinkDialogProps = {
  editor: Editor;
  draftId: string | null;
  /** The position of the related link being edited, or null to insert a new one. */
  editPosition: number | null;
  onClose: () => void;
};


function existingLink(editor: Editor, position: number | null, fallbackLabel: string): LinkFields {
  const node = position === null ? null : editor.state.doc.nodeAt(position);
  if (node === null || node.type.name !== 'relatedLink') return { href: '', title: '', label: fallbackLabel };
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { href: text(node.attrs.href), title: text(node.attrs.title), label: text(node.attrs.label) || fallbackLabel };
}

/** Writes the link into the body: replaces the edited one, or inserts at the cursor. One undoable step. */
function applyLink(editor: Editor, editPosition: number | null, fields: LinkFields): boolean {
  return editPosition === null ? editor.commands.insertRelatedLink(fields) : editor.commands.updateRelatedLink(fields, editPosition);
}

/**
 * "Insert related link": search the offline catalog as you type (suggestions for this draft on top),
 * pick an article or paste an address and headline, choose the label, insert. Also edits a link.
 */
export function RelatedLinkDialog({ editor, draftId, editPosition, onClose }: RelatedLinkDialogProps) {
  const settings = useSiteSettings();
  const [fields, setFields] = useState<LinkFields>(() => existingLink(editor, editPosition, settings.relatedLabels[0] ?? 'Also Read:'));
  const [query, setQuery] = useState('');
  const [refreshKey, setRefreshKey] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const search = useCatalogSearch(query, draftId, refreshKey);
  const searchBox = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const name = editPosition === null ? 'Insert related link' : 'Edit related link';

  useEffect(() => searchBox.current?.focus(), []);

  const close = () => {
    onClose();
    returnFocusToBody(editor);
  };
  const handleChoose = (article: CatalogArticle) => {
    setFields((previous) => ({ ...previous, href: article.url, title: article.title }));
    setError(null);
  };
  const handleSubmit = () => {
    if (safeUrl(fields.href.trim(), 'related') === null) return setError('Choose an article, or paste its web address (https://…) or a path on the site (/world/…).');
    if (fields.title.trim() === '') return setError('Give the headline of the linked article.');
    if (!applyLink(editor, editPosition, { ...fields, href: fields.href.trim() })) return setError('The link could not be placed here; put the cursor between paragraphs and try again.');
    close();
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  const labels = settings.relatedLabels.includes(fields.label) ? settings.relatedLabels : [...settings.relatedLabels, fields.label];
  const showSuggestions = search.suggestions.length > 0 && query.trim() === '';

  return (
    <div className="modal-backdrop" onMouseDown={(event) => event.target === event.currentTarget && close()}>
      <div className="modal related-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={handleKeyDown}>
        <h2 id={titleId} className="modal__title">{name}</h2>
        <input
          ref={searchBox}
          type="search"
          className="input related-dialog__search"
          aria-label="Search articles"
          placeholder="Search published articles"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="related-dialog__lists">
          {showSuggestions ? <h3 className="related-dialog__heading">Suggested for this draft</h3> : null}
          {showSuggestions ? <ArticleChoices label="Suggested articles" articles={search.suggestions} chosenUrl={fields.href} onChoose={handleChoose} /> : null}
          <h3 className="related-dialog__heading">{search.searched.trim() === '' ? 'Latest articles' : 'Search results'}</h3>
          <ArticleChoices label="Search results" articles={search.results} chosenUrl={fields.href} onChoose={handleChoose} />
          {search.results.length === 0 && search.searched.trim() !== '' ? <p className="hint">No article matches “{search.searched}”.</p> : null}
          {search.error ? <p className="hint hint--error">{search.error}</p> : null}
          {search.results.length === 0 && query.trim() === '' ? (
            <>
              <p className="hint">The catalog is empty. Import the website’s feed to search its articles:</p>
              <CatalogImportForm onImported={() => setRefreshKey((key) => key + 1)} />
            </>
          ) : null}
        </div>
        <RelatedLinkFields
          fields={fields}
          labels={labels}
          error={error}
          submitText={editPosition === null ? 'Insert link' : 'Save link'}
          onChange={setFields}
          onSubmit={handleSubmit}
          onCancel={close}
        />
      </div>
    </div>
  );
}
