import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { adPlacementWarnings } from '../../../electron/shared/editor/adPlacementWarnings';
import { defaultSiteSettings, type AdRules } from '../../../electron/shared/model/settings';

/** The plugin's key; dispatch a transaction with this meta to recompute after the rules change. */
export const adWarningsKey = new PluginKey<DecorationSet>('adPlacementWarnings');

function hasAd(doc: ProseMirrorNode): boolean {
  let found = false;
  doc.forEach((block) => {
    if (block.type.name === 'adSlot') found = true;
  });
  return found;
}

function warningDecorations(doc: ProseMirrorNode, rules: AdRules): DecorationSet {
  if (!hasAd(doc)) return DecorationSet.empty;
  const json = doc.toJSON() as { content?: unknown[] };
  const warnings = adPlacementWarnings({ type: 'doc', content: json.content ?? [] }, rules);
  if (warnings.length === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  let position = 0;
  doc.forEach((block, _offset, index) => {
    const messages = warnings.filter((warning) => warning.blockIndex === index).map((warning) => warning.message);
    if (messages.length > 0) decorations.push(Decoration.node(position, position + block.nodeSize, { 'data-ad-warning': 'true' }, { adWarnings: messages }));
    position += block.nodeSize;
  });
  return DecorationSet.create(doc, decorations);
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
      new Plugin<DecorationSet>({
        key: adWarningsKey,
        state: {
          init: (_config, state) => warningDecorations(state.doc, rules()),
          apply: (transaction, previous, _old, state) =>
            transaction.docChanged || transaction.getMeta(adWarningsKey) ? warningDecorations(state.doc, rules()) : previous,
        },
        props: { decorations: (state) => adWarningsKey.getState(state) },
      }),
    ];
  },
});
