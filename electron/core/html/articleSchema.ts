import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { articleExtensions, type ArticleExtensionOptions } from '../../shared/editor/articleExtensions';

const schemas = new Map<string, Schema>();

/** The ProseMirror schema of `articleExtensions(options)`, built once per distinct set of options. */
export function articleSchema(options: ArticleExtensionOptions): Schema {
  const key = JSON.stringify([options.output, options.adFormats ?? null, options.relatedLabels ?? null]);
  let schema = schemas.get(key);
  if (schema === undefined) {
    schema = getSchema(articleExtensions(options));
    schemas.set(key, schema);
  }
  return schema;
}
