import { scrollContainerOf } from './scrollContainer';

/** How far beyond the visible part of the scroll container an element still counts as near: one screen each way. */
const NEAR_MARGIN = '100% 0px';

type Watchers = { observer: IntersectionObserver; listeners: WeakMap<Element, (near: boolean) => void> };

const watchersByRoot = new WeakMap<Element | Document, Watchers>();

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
 * Tells `onChange` whether `element` (inside `content`, the body editor) is within a screen of what the
 * scroll container of `content` shows, now and whenever that changes (one IntersectionObserver per scroll
 * container, shared by every element it watches). Returns the function that stops watching. Where the
 * browser has no IntersectionObserver, nothing is ever far.
 */
export function watchNearScreen(content: Element, element: Element, onChange: (near: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  const watchers = watchersFor(scrollContainerOf(content));
  watchers.listeners.set(element, onChange);
  watchers.observer.observe(element);
  return () => {
    watchers.observer.unobserve(element);
    watchers.listeners.delete(element);
  };
}
