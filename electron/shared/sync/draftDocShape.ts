/** The fragment a draft's body lives under in its Yjs document; the engine and the page's Collaboration extension both use it. */
export const BODY_FIELD = 'body';

/** The map of a draft's fields in its Yjs document, each key last-writer-wins. */
export const FIELDS_MAP = 'fields';
