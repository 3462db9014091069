import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { articleExtensions } from '../editor/articleExtensions';

let schema: Schema | null = null;

/**
 * The article schema as ProseMirror sees it, built once: the editor's extension list, so positions
 * found here are positions in the page's read-only editor too.
 */
export function articleSchema(): Schema {
  schema ??= getSchema(articleExtensions({ output: 'editor' }));
  return schema;
}
