import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { adAllowance } from '../../../electron/shared/editor/adPlacementLayout';
import { adPlacementWarnings } from '../../../electron/shared/editor/adPlacementWarnings';
import { defaultSiteSettings, type AdRules } from '../../../electron/shared/model/settings';
import { blockMeasure, bodyStats, measuredBlocks, onlyChangedBlock } from '../editor/bodyMeasure';

/**
 * Each warned block's messages by the block's index in the body, and the body's words they were worked
 * out for. Typing inside a paragraph moves no block, so the same map stands and no card is drawn again.
 * It is kept out of ProseMirror's decorations: with a node decoration on each warned ad, the view went
 * through every block of the body at every key (0.37 ms a key with 50 ads at 10,000 words).
 */
type WarningsState = { byBlock: ReadonlyMap<number, readonly string[]>; words: number };

/** The plugin's key; dispatch a transaction with this meta to recompute after the rules change. */
export const adWarningsKey = new PluginKey<WarningsState>('adPlacementWarnings');

function hasAd(doc: ProseMirrorNode): boolean {
  let found = false;
  doc.forEach((block) => {
    if (block.type.name === 'adSlot') found = true;
  });
  return found;
}

function messagesByBlock(doc: ProseMirrorNode, rules: AdRules): Map<number, string[]> {
  const byBlock = new Map<number, string[]>();
  if (!hasAd(doc)) return byBlock;
  const { blocks, measure } = measuredBlocks(doc);
  for (const warning of adPlacementWarnings({ type: 'doc', content: blocks }, rules, measure)) {
    byBlock.set(warning.blockIndex, [...(byBlock.get(warning.blockIndex) ?? []), warning.message]);
  }
  return byBlock;
}

function worked(doc: ProseMirrorNode, rules: AdRules): WarningsState {
  return { byBlock: messagesByBlock(doc, rules), words: bodyStats(doc).words };
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

/** After an edit: the same warnings when the rules cannot say anything new (typing inside a paragraph, mostly), else worked out again. */
function nextWarningsState(previous: WarningsState, transaction: Transaction, doc: ProseMirrorNode, rules: AdRules): WarningsState {
  const words = unchangedByRules(previous, transaction, doc, rules);
  return words === null ? worked(doc, rules) : { byBlock: previous.byBlock, words };
}

/** Between the messages of one block in a snapshot (messages are sentences, which never hold it). */
const SEPARATOR = '\u0000';

/** The placement warnings of the block at `position` (an ad card's), as its card shows them. */
export function adWarningsAt(state: EditorState, position: number | undefined): readonly string[] {
  const warnings = adWarningsKey.getState(state);
  if (warnings === undefined || warnings.byBlock.size === 0 || position === undefined || position < 0 || position >= state.doc.content.size) return [];
  return warnings.byBlock.get(state.doc.resolve(position).index(0)) ?? [];
}

/** Told when the warnings were worked out again (never while typing inside a paragraph). */
const listenersByView = new WeakMap<EditorView, Set<() => void>>();

function listenersOf(view: EditorView): Set<() => void> {
  let listeners = listenersByView.get(view);
  if (listeners === undefined) {
    listeners = new Set();
    listenersByView.set(view, listeners);
  }
  return listeners;
}

/** The placement warnings of the ad card at `getPos()`; the card is drawn again only when its own change. */
export function useAdWarnings(editor: Editor, getPos: () => number | undefined): readonly string[] {
  const subscribe = useCallback(
    (listener: () => void) => {
      const listeners = listenersOf(editor.view);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    [editor],
  );
  // Joined into one string: a snapshot React compares by value, so only a card whose warnings changed is drawn again.
  const joined = useSyncExternalStore(subscribe, () => (editor.isDestroyed ? '' : adWarningsAt(editor.state, getPos()).join(SEPARATOR)));
  return useMemo(() => (joined === '' ? [] : joined.split(SEPARATOR)), [joined]);
}

export type AdWarningsOptions = {
  rules: () => AdRules;
  /** Calls back when the rules change (returns an unsubscribe function), so the warnings follow. */
  subscribe: (listener: () => void) => () => void;
};

/**
 * Finds the hand-placed ads that break the site's placement rules, after each change of the body
 * that can change a warning; each ad's card shows its own (`useAdWarnings`).
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
          init: (_config, state) => worked(state.doc, rules()),
          apply: (transaction, previous, _old, state) => {
            if (transaction.getMeta(adWarningsKey)) return worked(state.doc, rules());
            return transaction.docChanged ? nextWarningsState(previous, transaction, state.doc, rules()) : previous;
          },
        },
        view: () => ({
          update: (view, before) => {
            if (adWarningsKey.getState(view.state)?.byBlock === adWarningsKey.getState(before)?.byBlock) return;
            for (const listener of [...listenersOf(view)]) listener();
          },
        }),
      }),
    ];
  },
});
