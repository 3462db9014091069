import { suggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../electron/shared/editor/schemaFingerprint';
import { decorateOnlyWithSuggestions, suggestionsPresent } from '../../../electron/shared/editor/suggestions/suggestionsPresent';

const schema = articleSchema();
function markType(name: 'insertion' | 'deletion') {
  const type = schema.marks[name];
  if (type === undefined) throw new Error(`no ${name} mark in the schema`);
  return type;
}
const stamp = { author: 'Ana Editor', at: '2026-12-06T10:15:00.000Z' };
const library = suggestChanges();
const plugin = decorateOnlyWithSuggestions(suggestChanges());

function paragraphs(...texts: string[]): ProseMirrorNode {
  return schema.node('doc', null, texts.map((text) => schema.node('paragraph', null, [schema.text(text)])));
}

/** Each decoration as what the screen draws: where, and the attributes or the ¶ widget's key. */
function drawn(decorations: unknown, doc: ProseMirrorNode): string[] {
  if (!(decorations instanceof DecorationSet)) return [];
  return decorations.find(0, doc.content.size).map((decoration) => `${decoration.from}-${decoration.to} ${JSON.stringify(decoration.spec)}`);
}

function decorationsOf(state: EditorState): { ours: string[]; library: string[] } {
  return { ours: drawn(plugin.props.decorations?.call(plugin, state), state.doc), library: drawn(library.props.decorations?.call(library, state), state.doc) };
}

function after(state: EditorState, change: (tr: Transaction) => Transaction): EditorState {
  return state.apply(change(state.tr));
}

describe('suggestion decorations drawn only while the body holds a suggestion', () => {
  const start = EditorState.create({ doc: paragraphs('The minister resigns.', 'The vote is on Tuesday.'), plugins: [suggestionsPresent, plugin] });

  it('draw nothing in a body with none, through plain typing', () => {
    const typed = after(start, (tr) => tr.insertText(' Later', 22));
    expect(decorationsOf(typed)).toEqual({ ours: [], library: [] });
  });

  it('draw what the library draws once marked text is typed in, and after a mark is added over a whole paragraph', () => {
    const insertion = markType('insertion').create({ id: 'a1', ...stamp });
    const inserted = after(start, (tr) => tr.insert(start.doc.content.size, schema.node('paragraph', null, [schema.text('A new paragraph.', [insertion])])));
    const withInsertion = decorationsOf(inserted);
    expect(withInsertion.ours.length).toBeGreaterThan(0);
    expect(withInsertion.ours).toEqual(withInsertion.library);

    const deletion = markType('deletion').create({ id: 'd1', ...stamp });
    const deleted = after(start, (tr) => tr.addMark(1, 22, deletion));
    const withDeletion = decorationsOf(deleted);
    expect(withDeletion.ours.some((line) => line.startsWith('0-23'))).toBe(true);
    expect(withDeletion.ours).toEqual(withDeletion.library);

    // Accepting it (the mark removed): nothing drawn again.
    const accepted = after(deleted, (tr) => tr.removeMark(0, deleted.doc.content.size, deletion.type));
    expect(decorationsOf(accepted)).toEqual({ ours: [], library: [] });
  });
});
