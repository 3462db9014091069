import type { JSONContent } from '@tiptap/core';
import { DOMParser } from '@tiptap/pm/model';
import type { ArticleExtensionOptions } from '../../shared/editor/articleExtensions';
import { articleSchema } from './articleSchema';
import { inertWindow } from './inertWindow';

type ParsedNode = Parameters<DOMParser['parse']>[0];

/** happy-dom's nodes are the DOM nodes ProseMirror reads, under types of their own. */
function isParsedNode(node: unknown): node is ParsedNode {
  return typeof node === 'object' && node !== null && 'nodeType' in node;
}

/** HTML read into the article schema as ProseMirror JSON (what `generateJSON` does, on the shared window). */
export function htmlToBodyJson(html: string, options: ArticleExtensionOptions): JSONContent {
  const body: unknown = new (inertWindow().DOMParser)().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html').body;
  if (!isParsedNode(body)) throw new Error('the HTML parser returned no body');
  // ProseMirror types a node's JSON as any.
  return DOMParser.fromSchema(articleSchema(options)).parse(body).toJSON() as JSONContent;
}
