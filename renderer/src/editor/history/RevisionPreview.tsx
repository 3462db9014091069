import { EditorContent, useEditor } from '@tiptap/react';
import type { ArticleFields, BodyJson } from '../../../../electron/shared/model/draft';
import { articleExtensions } from '../../../../electron/shared/editor/articleExtensions';
import { bodyContent } from '../bodyContent';

export type RevisionPreviewProps = {
  /** Changes when another version is shown. */
  versionKey: string | number;
  fields: Pick<ArticleFields, 'kicker' | 'headline' | 'dek' | 'authorName'>;
  body: BodyJson;
  /** The preview's accessible name. */
  label?: string;
};

/** A version of the draft as it reads: its fields and body, read-only. */
export function RevisionPreview({ versionKey, fields, body, label = 'Preview of the selected version' }: RevisionPreviewProps) {
  const editor = useEditor(
    {
      extensions: articleExtensions({ output: 'editor' }),
      content: bodyContent(body),
      editable: false,
      injectCSS: false,
      editorProps: { attributes: { class: 'article-body article-body--preview', 'aria-label': 'Version preview', role: 'document' } },
    },
    [versionKey],
  );
  return (
    <article className="revision-preview" aria-label={label}>
      {fields.kicker ? <p className="revision-preview__kicker">{fields.kicker}</p> : null}
      <h3 className="revision-preview__headline">{fields.headline || 'Untitled'}</h3>
      {fields.dek ? <p className="revision-preview__dek">{fields.dek}</p> : null}
      {fields.authorName ? <p className="revision-preview__byline">By {fields.authorName}</p> : null}
      <EditorContent editor={editor} />
    </article>
  );
}
