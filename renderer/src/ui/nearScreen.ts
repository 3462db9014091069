/** How far beyond the visible part of the scroll container an element still counts as near: one screen each way. */
const NEAR_MARGIN = '100% 0px';

type Watchers = { observer: IntersectionObserver; listeners: WeakMap<Element, (near: boolean) => void> };

const watchersByRoot = new WeakMap<Element | Document, Watchers>();

/** The element that scrolls `element` (the nearest ancestor whose content scrolls vertically), or null for the page. */
export function scrollContainerOf(element: Element): Element | null {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}

function watchersFor(root: Element | null): Watchers {
  const key = root ?? document;
  const known = watchersByRoot.get(key);
  if (known) return known;
  const listeners = new WeakMap<Element, (near: boolean) => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    { root, rootMargin: NEAR_MARGIN },
  );
  const watchers = { observer, listeners };
  watchersByRoot.set(key, watchers);
  return watchers;
}

/**
 * Tells `onChange` whether `element` is within a screen of what `scroller` shows, now and whenever that
 * changes (one IntersectionObserver per scroll container, shared by every element it watches). Returns
 * the function that stops watching. Where the browser has no IntersectionObserver, nothing is ever far.
 */
export function watchNearScreen(scroller: Element | null, element: Element, onChange: (near: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  const watchers = watchersFor(scroller);
  watchers.listeners.set(element, onChange);
  watchers.observer.observe(element);
  return () => {
    watchers.observer.unobserve(element);
    watchers.listeners.delete(element);
  };
}
