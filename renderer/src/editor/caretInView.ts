import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { scrollContainerOf } from '../ui/scrollContainer';

export type Box = { top: number; bottom: number; left: number; right: number };

/** Space kept between the caret and the edge it is scrolled to (ProseMirror's own default). */
const MARGIN = 5;

/**
 * How far `visible` must scroll, in each direction, for `target` to be inside it with `margin`
 * to spare: ProseMirror's rule for each scrolling ancestor (a target taller than the box is
 * aligned at its top).
 */
export function scrollNeeded(target: Box, visible: Box, margin = MARGIN): { x: number; y: number } {
  let y = 0;
  if (target.top < visible.top) y = target.top - visible.top - margin;
  else if (target.bottom > visible.bottom) {
    y = target.bottom - target.top > visible.bottom - visible.top ? target.top - visible.top - margin : target.bottom - visible.bottom + margin;
  }
  let x = 0;
  if (target.left < visible.left) x = target.left - visible.left - margin;
  else if (target.right > visible.right) x = target.right - visible.right + margin;
  return { x, y };
}

function targetBox(view: EditorView): Box | null {
  const { selection } = view.state;
  if (selection instanceof NodeSelection) {
    const node = view.nodeDOM(selection.from);
    return node instanceof Element ? node.getBoundingClientRect() : null;
  }
  return view.coordsAtPos(selection.head, 1);
}

export type CaretInViewOptions = {
  /** The bottom edge (in the window) of what stays stuck over the top of the editor's scroller, such as a sticky toolbar. */
  coveredTop: (view: EditorView) => number | null;
};

/**
 * Keeps the caret in view as the reporter types and moves, inside the editor's scroller and below
 * what is stuck over its top (the sticky toolbar, which ProseMirror's own scrolling ignores, so a
 * caret moved up past the top went under it). ProseMirror measures every ancestor of the caret up
 * to the page, with a style lookup for each, at every key: in the app's layout that was about
 * 0.7 ms a key of the typing bench's 7. Only the scroller and the caret are measured here. With no
 * scroller (an editor in the page's own flow), ProseMirror scrolls as usual.
 */
export const CaretInView = Extension.create<CaretInViewOptions>({
  name: 'caretInView',

  addOptions() {
    return { coveredTop: () => null };
  },

  addProseMirrorPlugins() {
    const { coveredTop } = this.options;
    return [
      new Plugin({
        key: new PluginKey('caretInView'),
        props: {
          handleScrollToSelection: (view) => {
            const scroller = scrollContainerOf(view.dom);
            // The page itself scrolling (no scroll container of its own): ProseMirror's scrolling does it.
            if (scroller === null || scroller === view.dom.ownerDocument.documentElement || scroller === view.dom.ownerDocument.body) return false;
            const target = targetBox(view);
            if (target === null) return false;
            const box = scroller.getBoundingClientRect();
            const top = Math.max(box.top, coveredTop(view) ?? box.top);
            const visible = { top, left: box.left, bottom: box.top + scroller.clientHeight, right: box.left + scroller.clientWidth };
            const { x, y } = scrollNeeded(target, visible);
            if (y !== 0) scroller.scrollTop += y;
            if (x !== 0) scroller.scrollLeft += x;
            return true;
          },
        },
      }),
    ];
  },
});
