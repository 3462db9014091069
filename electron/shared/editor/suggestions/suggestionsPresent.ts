import type { Fragment, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { DecorationSet } from '@tiptap/pm/view';
import { isSuggestionMarkName } from './suggestionMarks';

const suggestionsPresentKey = new PluginKey<boolean>('suggestionsPresent');

/** Whether any node of `content` (a body, or what a step brings in) carries a suggestion mark. */
function holdsSuggestion(content: Fragment): boolean {
  let found = false;
  content.descendants((node) => {
    found ||= node.marks.some((mark) => isSuggestionMarkName(mark.type.name));
    return !found;
  });
  return found;
}

/**
 * Whether the body holds any suggestion after `transaction`, from whether it held one before: a body
 * with none gets one only from the content a replace step brings in (text typed or pasted, a card
 * moved). Other steps (marks, attributes) and a body that had suggestions are looked at whole.
 */
function stillPresent(present: boolean, transaction: Transaction): boolean {
  const replaces = transaction.steps.filter((step) => step instanceof ReplaceStep || step instanceof ReplaceAroundStep);
  if (present || replaces.length !== transaction.steps.length) return holdsSuggestion(transaction.doc.content);
  return replaces.some((step) => holdsSuggestion(step.slice.content));
}

/** Follows whether the body holds any suggestion mark, without reading the whole body at each key. */
export const suggestionsPresent = new Plugin<boolean>({
  key: suggestionsPresentKey,
  state: {
    init: (_config, state) => holdsSuggestion(state.doc.content),
    apply: (transaction, present) => (transaction.docChanged ? stillPresent(present, transaction) : present),
  },
});

type DecorationsProp = (state: EditorState) => ReturnType<NonNullable<Plugin['props']['decorations']>>;

/**
 * `plugin` (prosemirror-suggest-changes' own) with its decorations (the ¶ marks and whole-paragraph
 * changes) worked out only while the body holds a suggestion: the library reads every node of the
 * body at every update, about 0.2 ms a key in a 10,000-word article with none. Needs `suggestionsPresent`.
 */
export function decorateOnlyWithSuggestions(plugin: Plugin): Plugin {
  const decorate = plugin.spec.props?.decorations;
  if (decorate === undefined) return plugin;
  let last: { doc: ProseMirrorNode; decorations: ReturnType<DecorationsProp> } | null = null;
  const decorations: DecorationsProp = (state) => {
    if (suggestionsPresentKey.getState(state) !== true) return DecorationSet.empty;
    if (last?.doc !== state.doc) last = { doc: state.doc, decorations: decorate.call(plugin, state) };
    return last.decorations;
  };
  return new Plugin({ ...plugin.spec, props: { ...plugin.spec.props, decorations } });
}
