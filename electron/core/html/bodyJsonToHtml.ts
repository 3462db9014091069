import type { JSONContent } from '@tiptap/core';
import { DOMSerializer, Node } from '@tiptap/pm/model';
import type { ArticleExtensionOptions } from '../../shared/editor/articleExtensions';
import { articleSchema } from './articleSchema';
import { inertWindow } from './inertWindow';

type Serialise = DOMSerializer['serializeFragment'];
type SerialiserDocument = NonNullable<NonNullable<Parameters<Serialise>[1]>['document']>;
type SerialiserTarget = NonNullable<Parameters<Serialise>[2]>;

// happy-dom's document and elements are the DOM ones ProseMirror writes into, under types of their own.
function isSerialiserDocument(document: unknown): document is SerialiserDocument {
  return typeof document === 'object' && document !== null && 'createElement' in document;
}

function isSerialiserTarget(element: unknown): element is SerialiserTarget {
  return typeof element === 'object' && element !== null && 'appendChild' in element;
}

/** ProseMirror JSON written as HTML through the article schema (what `generateHTML` does, on the shared window). Throws on a body the schema refuses. */
export function bodyJsonToHtml(doc: JSONContent, options: ArticleExtensionOptions): string {
  const schema = articleSchema(options);
  const window = inertWindow();
  const wrap = window.document.createElement('div');
  const document: unknown = window.document;
  const target: unknown = wrap;
  if (!isSerialiserDocument(document) || !isSerialiserTarget(target)) throw new Error('the HTML window cannot write HTML');
  DOMSerializer.fromSchema(schema).serializeFragment(Node.fromJSON(schema, doc).content, { document }, target);
  return wrap.innerHTML;
}
