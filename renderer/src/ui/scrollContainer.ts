const scrollerByContent = new WeakMap<Element, Element | null>();

/**
 * The element that scrolls `content` (the nearest ancestor whose content scrolls vertically), or null for the
 * page; looked up once per `content` (the body editor), not once per card or per key.
 */
export function scrollContainerOf(content: Element): Element | null {
  const known = scrollerByContent.get(content);
  if (known !== undefined) return known;
  let found: Element | null = null;
  for (let node = content.parentElement; node !== null && found === null; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') found = node;
  }
  // Not kept while the editor is not yet in the page: its scroll container is not known then.
  if (content.isConnected) scrollerByContent.set(content, found);
  return found;
}
