import type { JSONContent } from '@tiptap/core';
import { DOMParser } from '@tiptap/pm/model';
import type { ArticleExtensionOptions } from '../../shared/editor/articleExtensions';
import { articleSchema } from './articleSchema';
import { inertWindow } from './inertWindow';

/** HTML read into the article schema as ProseMirror JSON (what `generateJSON` does, on the shared window). */
export function htmlToBodyJson(html: string, options: ArticleExtensionOptions): JSONContent {
  const document = new (inertWindow().DOMParser)().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
  return DOMParser.fromSchema(articleSchema(options)).parse(document.body).toJSON() as JSONContent;
}
