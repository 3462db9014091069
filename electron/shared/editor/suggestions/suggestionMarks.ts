import { Mark, mergeAttributes, type Attributes } from '@tiptap/core';

/** The mark names prosemirror-suggest-changes looks for in the schema. */
export const suggestionMarkNames = ['insertion', 'deletion', 'modification'] as const;

export type SuggestionMarkName = (typeof suggestionMarkNames)[number];

/** Whether a mark name is one of the three suggestion marks. */
export function isSuggestionMarkName(name: string): name is SuggestionMarkName {
  return (suggestionMarkNames as readonly string[]).includes(name);
}

/** What reading an attribute needs of an element (the Node build has no DOM types). */
type AttributeSource = { getAttribute: (name: string) => string | null };

function readJsonAttribute(element: AttributeSource, name: string): unknown {
  const raw = element.getAttribute(name);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value;
  } catch {
    return null;
  }
}

function readId(element: AttributeSource): string | number | null {
  const value = readJsonAttribute(element, 'data-id');
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** Author and time travel with the text: every suggestion mark carries who made it and when (ISO 8601). */
const sharedAttributes: Attributes = {
  id: {
    default: null,
    validate: 'number|string|null',
    parseHTML: readId,
    renderHTML: (attributes) => ({ 'data-id': JSON.stringify(attributes.id) }),
  },
  author: {
    default: null,
    validate: 'string|null',
    parseHTML: (element) => element.getAttribute('data-author'),
    renderHTML: (attributes) => (typeof attributes.author === 'string' ? { 'data-author': attributes.author } : {}),
  },
  at: {
    default: null,
    validate: 'string|null',
    parseHTML: (element) => element.getAttribute('data-at'),
    renderHTML: (attributes) => (typeof attributes.at === 'string' ? { 'data-at': attributes.at } : {}),
  },
};

function textSuggestionMark(name: 'insertion' | 'deletion', tag: 'ins' | 'del', excludes: string) {
  return Mark.create({
    name,
    inclusive: false,
    excludes,
    addAttributes: () => sharedAttributes,
    parseHTML: () => [{ tag, getAttrs: (element) => (readId(element) === null ? false : null) }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes, { class: 'nd-suggestion' }), 0],
  });
}

/** Suggested new text (`<ins>`): kept out of the published text until accepted. */
export const Insertion = textSuggestionMark('insertion', 'ins', 'deletion modification insertion');

/** Text suggested for removal (`<del>`): still published as it is until accepted. */
export const Deletion = textSuggestionMark('deletion', 'del', 'insertion modification deletion');

/** A suggested change of formatting (bold, italic, …) or of a block's type or attributes. */
export const Modification = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    ...sharedAttributes,
    type: { default: 'mark', validate: 'string', parseHTML: (element) => element.getAttribute('data-mod-type') ?? 'mark', renderHTML: (attributes) => ({ 'data-mod-type': String(attributes.type) }) },
    attrName: { default: null, validate: 'string|null', parseHTML: () => null, renderHTML: () => ({}) },
    previousValue: { default: null, parseHTML: (element) => readJsonAttribute(element, 'data-mod-prev-val'), renderHTML: (attributes) => ({ 'data-mod-prev-val': JSON.stringify(attributes.previousValue) }) },
    newValue: { default: null, parseHTML: (element) => readJsonAttribute(element, 'data-mod-new-val'), renderHTML: (attributes) => ({ 'data-mod-new-val': JSON.stringify(attributes.newValue) }) },
  }),
  parseHTML: () => [{ tag: "span[data-type='modification']", getAttrs: (element) => (readId(element) === null ? false : null) }],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'modification', class: 'nd-suggestion' }), 0],
});

/** The three suggestion marks, in the article schema for the editor, import and export alike. */
export const suggestionMarks = [Insertion, Deletion, Modification];
