import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { adAllowance } from '../../../electron/shared/editor/adPlacementLayout';
import { adPlacementWarnings } from '../../../electron/shared/editor/adPlacementWarnings';
import { defaultSiteSettings, type AdRules } from '../../../electron/shared/model/settings';
import { blockMeasure, bodyStats, measuredBlocks, onlyChangedBlock } from '../editor/bodyMeasure';

/** The plugin's key; dispatch a transaction with this meta to recompute after the rules change. */
export const adWarningsKey = new PluginKey<WarningsState>('adPlacementWarnings');

function hasAd(doc: ProseMirrorNode): boolean {
  let found = false;
  doc.forEach((block) => {
    if (block.type.name === 'adSlot') found = true;
  });
  return found;
}

/** The warnings on the body as decorations, and the body's words they were worked out for. */
type WarningsState = { decorations: DecorationSet; words: number };

/** One warned block: where it is and what it is told. */
type Warned = { from: number; to: number; messages: string[] };

function messagesByBlock(doc: ProseMirrorNode, rules: AdRules): Map<number, string[]> {
  const byBlock = new Map<number, string[]>();
  if (!hasAd(doc)) return byBlock;
  const { blocks, measure } = measuredBlocks(doc);
  for (const warning of adPlacementWarnings({ type: 'doc', content: blocks }, rules, measure)) {
    byBlock.set(warning.blockIndex, [...(byBlock.get(warning.blockIndex) ?? []), warning.message]);
  }
  return byBlock;
}

function warnedBlocks(doc: ProseMirrorNode, rules: AdRules): Warned[] {
  const byBlock = messagesByBlock(doc, rules);
  const warned: Warned[] = [];
  if (byBlock.size === 0) return warned;
  doc.forEach((block, offset, index) => {
    const messages = byBlock.get(index);
    if (messages) warned.push({ from: offset, to: offset + block.nodeSize, messages });
  });
  return warned;
}

function decorate(doc: ProseMirrorNode, warned: readonly Warned[]): WarningsState {
  const decorations = warned.map(({ from, to, messages }) => Decoration.node(from, to, { 'data-ad-warning': 'true' }, { adWarnings: messages }));
  return { decorations: DecorationSet.create(doc, decorations), words: bodyStats(doc).words };
}

function sameWarnings(decorations: DecorationSet, warned: readonly Warned[]): boolean {
  const found = decorations.find().sort((a, b) => a.from - b.from);
  return (
    found.length === warned.length &&
    found.every((decoration, index) => {
      const expected = warned[index];
      return expected !== undefined && decoration.from === expected.from && decoration.to === expected.to && JSON.stringify(adWarningsOf([decoration])) === JSON.stringify(expected.messages);
    })
  );
}

/**
 * Whether the rules can say anything new after `transaction`: not when it changed one block that is
 * not an ad, and that block kept its type and kind (copy, empty, heading…) while the article's words
 * still allow as many ads as before. Apart from the ads themselves (their placement), the rules read
 * only the blocks' types, kinds and the allowance, so typing inside a paragraph (nearly every
 * keystroke) cannot change a warning and nothing is worked out again. Returns the body's words then.
 */
function unchangedByRules(previous: WarningsState, transaction: Transaction, doc: ProseMirrorNode, rules: AdRules): number | null {
  const changed = onlyChangedBlock(transaction.before, doc);
  if (changed === null) return null;
  const before = blockMeasure(changed.before);
  const after = blockMeasure(changed.after);
  if (before.kind === 'ad' || before.kind !== after.kind) return null;
  const words = previous.words - before.words + after.words;
  return adAllowance(rules, words) === adAllowance(rules, previous.words) ? words : null;
}

/**
 * After an edit: when the rules cannot say anything new (typing inside a paragraph, mostly) the
 * decorations are moved along with the text; otherwise they are worked out again, and when they
 * still say exactly the same the moved ones are kept, so the ad cards are left alone.
 */
function nextWarningsState(previous: WarningsState, transaction: Transaction, doc: ProseMirrorNode, rules: AdRules): WarningsState {
  const mapped = previous.decorations.map(transaction.mapping, doc);
  const words = unchangedByRules(previous, transaction, doc, rules);
  if (words !== null) return { decorations: mapped, words };
  const warned = warnedBlocks(doc, rules);
  return sameWarnings(mapped, warned) ? { decorations: mapped, words: bodyStats(doc).words } : decorate(doc, warned);
}

/** The placement warnings a node view gets through its decorations. */
export function adWarningsOf(decorations: readonly { spec: Record<string, unknown> }[]): string[] {
  for (const decoration of decorations) {
    const messages = decoration.spec.adWarnings;
    if (Array.isArray(messages)) return messages.filter((message): message is string => typeof message === 'string');
  }
  return [];
}

export type AdWarningsOptions = {
  rules: () => AdRules;
  /** Calls back when the rules change (returns an unsubscribe function), so the warnings follow. */
  subscribe: (listener: () => void) => () => void;
};

/**
 * Marks hand-placed ads that break the site's placement rules, recomputed on every change of the
 * body; the ad's card shows the messages it receives through its decorations.
 */
export const AdWarnings = Extension.create<AdWarningsOptions, { unsubscribe: () => void }>({
  name: 'adPlacementWarnings',

  addStorage() {
    return { unsubscribe: () => {} };
  },

  onCreate() {
    this.storage.unsubscribe = this.options.subscribe(() => {
      if (!this.editor.isDestroyed) this.editor.view.dispatch(this.editor.state.tr.setMeta(adWarningsKey, true));
    });
  },

  onDestroy() {
    this.storage.unsubscribe();
  },

  addOptions() {
    return { rules: () => defaultSiteSettings.adRules, subscribe: () => () => {} };
  },

  addProseMirrorPlugins() {
    const rules = this.options.rules;
    return [
      new Plugin<WarningsState>({
        key: adWarningsKey,
        state: {
          init: (_config, state) => decorate(state.doc, warnedBlocks(state.doc, rules())),
          apply: (transaction, previous, _old, state) => {
            if (transaction.getMeta(adWarningsKey)) return decorate(state.doc, warnedBlocks(state.doc, rules()));
            return transaction.docChanged ? nextWarningsState(previous, transaction, state.doc, rules()) : previous;
          },
        },
        props: { decorations: (state) => adWarningsKey.getState(state)?.decorations },
      }),
    ];
  },
});
