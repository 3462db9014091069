import type { JSONContent } from '@tiptap/core';
import { DOMSerializer, Node } from '@tiptap/pm/model';
import type { ArticleExtensionOptions } from '../../shared/editor/articleExtensions';
import { articleSchema } from './articleSchema';
import { inertWindow } from './inertWindow';

/** ProseMirror JSON written as HTML through the article schema (what `generateHTML` does, on the shared window). Throws on a body the schema refuses. */
export function bodyJsonToHtml(doc: JSONContent, options: ArticleExtensionOptions): string {
  const schema = articleSchema(options);
  const { document } = inertWindow();
  const wrap = document.createElement('div');
  DOMSerializer.fromSchema(schema).serializeFragment(Node.fromJSON(schema, doc).content, { document }, wrap);
  return wrap.innerHTML;
}
