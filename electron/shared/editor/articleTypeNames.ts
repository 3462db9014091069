/**
 * The node and mark names of the article schema, for checks that must not load Tiptap (the store
 * refuses a body with other names). A unit test keeps this list equal to the schema's.
 */
export const articleNodeNames: readonly string[] = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
  'adSlot',
  'relatedLink',
  'figure',
];

export const articleMarkNames: readonly string[] = ['bold', 'italic', 'link'];
