import type { JSONContent } from '@tiptap/core';
import type { BodyJson } from '../../../electron/shared/model/draft';

function isJsonContent(value: unknown): value is JSONContent {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored body as Tiptap content (the engine checked it against the schema when it was saved). */
export function bodyContent(body: BodyJson): JSONContent {
  return { ...body, type: 'doc', content: (body.content ?? []).filter(isJsonContent) };
}
