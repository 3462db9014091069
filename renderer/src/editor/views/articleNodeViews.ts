import type { NodeViewRenderer } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { AdSlotView } from './AdSlotView';
import { FigureView } from './FigureView';
import { RelatedLinkView } from './RelatedLinkView';

const cardKeys = new Set(['ArrowUp', 'ArrowDown', 'Delete', 'Backspace', 'Enter', 'Escape']);

/**
 * Lets the card's own controls and keys work without ProseMirror taking the events first; other
 * keys on the card itself (Ctrl+Z, Ctrl+Y) still reach the editor, so undo works from a card.
 */
function eventInsideCard({ event }: { event: Event }): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (event.type.startsWith('drag') || event.type === 'drop') return false;
  const card = target.closest('[data-node-card]');
  if (card === null) return false;
  if (event instanceof KeyboardEvent && target === card) return cardKeys.has(event.key) && !event.ctrlKey && !event.metaKey;
  return ['keydown', 'keyup', 'keypress', 'mousedown', 'mouseup', 'click', 'change', 'input', 'beforeinput'].includes(event.type);
}

/**
 * React node views for the body's atom nodes, by node name (`adSlot`, `relatedLink`, `figure`). The schema
 * stays in electron/shared/editor/nodes; a feature that draws a node in the editor registers its
 * view here and `editorExtensions` attaches it. Nodes without a view render their schema markup.
 */
export const articleNodeViews: Partial<Record<string, NodeViewRenderer>> = {
  adSlot: ReactNodeViewRenderer(AdSlotView, { stopEvent: eventInsideCard }),
  relatedLink: ReactNodeViewRenderer(RelatedLinkView, { stopEvent: eventInsideCard }),
  figure: ReactNodeViewRenderer(FigureView, { stopEvent: eventInsideCard }),
};
