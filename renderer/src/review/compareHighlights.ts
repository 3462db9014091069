import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { ArticleChange, CardChange, TextChange } from '../../../electron/shared/model/review';

/** A body change with its number in the whole comparison (fields come first). */
export type NumberedChange = { index: number; change: TextChange | CardChange };

type HighlightOptions = { changes: NumberedChange[] };

type HighlightState = { active: number; decorations: DecorationSet };

const highlightKey = new PluginKey<HighlightState>('compareHighlights');
const cardNames = { adSlot: 'Ad slot', relatedLink: 'Related link' } as const;

function element(tag: string, className: string, text: string, index: number | null): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  if (index !== null) {
    node.dataset.change = String(index);
    node.tabIndex = -1;
  }
  return node;
}

function hidden(text: string): HTMLElement {
  return element('span', 'visually-hidden', text, null);
}

function deletion(text: string, index: number): HTMLElement {
  const del = element('del', 'diff-del', '', index);
  del.append(hidden('Deleted: '), text.replace(/\s*\n\s*/g, ' ¶ '));
  return del;
}

function block(className: string, label: string, text: string, index: number | null, tag: 'del' | 'span'): HTMLElement {
  const wrapper = element('div', `diff-block ${className}`, '', index);
  wrapper.append(element('span', 'diff-badge', label, null), element(tag, 'diff-block__text', text, null));
  return wrapper;
}

function current(index: number, active: number): string {
  return index === active ? ' diff--current' : '';
}

function textDecorations({ index, change }: { index: number; change: TextChange }, active: number): Decoration[] {
  const marker = { 'data-change': String(index), tabindex: '-1' };
  if (change.formatting) {
    return [
      Decoration.widget(change.from, () => hidden('Formatting changed: '), { side: -1, key: `f${index}` }),
      Decoration.inline(change.from, change.to, { nodeName: 'span', class: `diff-format${current(index, active)}`, ...marker }),
    ];
  }
  const decorations: Decoration[] = [];
  if (change.deleted !== '') decorations.push(Decoration.widget(change.from, () => deletion(change.deleted, index), { side: -2, key: `d${index}:${index === active}`, marks: [] }));
  if (change.inserted !== '' && change.to > change.from) {
    decorations.push(Decoration.widget(change.from, () => hidden('Inserted: '), { side: -1, key: `i${index}` }));
    decorations.push(Decoration.inline(change.from, change.to, { nodeName: 'ins', class: `diff-ins${current(index, active)}`, ...(change.deleted === '' ? marker : {}) }));
  }
  return decorations;
}

function cardDecorations(doc: Node, { index, change }: { index: number; change: CardChange }, active: number): Decoration[] {
  const name = change.card === 'adSlot' ? change.description : `${cardNames[change.card]}: ${change.description}`;
  if (change.action === 'removed') {
    return [Decoration.widget(change.at, () => block(`diff-block--removed${current(index, active)}`, 'Removed', name, index, 'del'), { side: -1, key: `r${index}:${index === active}` })];
  }
  const node = doc.nodeAt(change.at);
  if (!node) return [];
  const label = change.action === 'added' ? 'Added' : 'Moved here';
  const decorations = [
    Decoration.widget(change.at, () => element('span', 'diff-badge diff-badge--card visually-hidden', `${label}: `, null), { side: -1, key: `b${index}` }),
    Decoration.node(change.at, change.at + node.nodeSize, { class: `diff-card diff-card--${change.action}${current(index, active)}`, 'data-change': String(index), 'data-change-label': label, tabindex: '-1' }),
  ];
  if (change.movedFrom !== null) {
    decorations.push(Decoration.widget(change.movedFrom, () => block('diff-block--moved-from', 'Moved from here', name, null, 'span'), { side: -1, key: `m${index}` }));
  }
  return decorations;
}

function decorate(state: EditorState, changes: NumberedChange[], active: number): DecorationSet {
  const decorations = changes.flatMap((numbered) =>
    numbered.change.kind === 'text' ? textDecorations({ index: numbered.index, change: numbered.change }, active) : cardDecorations(state.doc, { index: numbered.index, change: numbered.change }, active),
  );
  return DecorationSet.create(state.doc, decorations);
}

/** Marks the change shown as current (Next / Previous change), so it stands out. */
export function setCurrentChange(tr: Transaction, index: number): Transaction {
  return tr.setMeta(highlightKey, index);
}

/**
 * Shows a comparison on a read-only article: inserted words in <ins>, deleted words in <del> where
 * they were, formatting changes outlined, cards added, removed or moved labelled in words. Each
 * change's first element carries `data-change` (its number) and can take focus.
 */
export const CompareHighlights = Extension.create<HighlightOptions>({
  name: 'compareHighlights',
  addOptions: () => ({ changes: [] }),
  addProseMirrorPlugins() {
    const changes = this.options.changes;
    return [
      new Plugin<HighlightState>({
        key: highlightKey,
        state: {
          init: (_config, state) => ({ active: -1, decorations: decorate(state, changes, -1) }),
          apply: (tr, value, _old, state) => {
            const next: unknown = tr.getMeta(highlightKey);
            if (typeof next === 'number' && next !== value.active) return { active: next, decorations: decorate(state, changes, next) };
            return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
          },
        },
        props: {
          decorations: (state) => highlightKey.getState(state)?.decorations ?? null,
        },
      }),
    ];
  },
});

/** The body's changes of a comparison with their numbers in it. */
export function numberedBodyChanges(changes: ArticleChange[]): NumberedChange[] {
  return changes.flatMap((change, index) => (change.kind === 'field' ? [] : [{ index, change }]));
}
