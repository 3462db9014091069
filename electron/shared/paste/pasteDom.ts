/**
 * The little of the DOM that paste cleanup reads, typed structurally so the same code runs on the
 * browser's DOMParser and on happy-dom's in Node, and type-checks without the DOM library.
 */
export type PasteNode = {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<PasteNode>;
  getAttribute?: (name: string) => string | null;
};

/** Something that parses HTML, such as `new DOMParser()`. */
export type HtmlParser = { parseFromString: (html: string, type: 'text/html') => { body: PasteNode | null } };

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

/** Lower-case tag name (`o:p` for Word's paragraph marks). */
export function tagOf(node: PasteNode): string {
  return node.nodeName.toLowerCase();
}

/** An attribute of an element, or '' when absent. */
export function attributeOf(node: PasteNode, name: string): string {
  return node.getAttribute?.(name) ?? '';
}

/** The value of one CSS property in an inline style (`font-weight:700` → `700`), lower case. */
export function styleValue(node: PasteNode, property: string): string {
  for (const declaration of attributeOf(node, 'style').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0 && declaration.slice(0, colon).trim().toLowerCase() === property) {
      return declaration.slice(colon + 1).trim().toLowerCase();
    }
  }
  return '';
}

/** The children of a node as an array. */
export function childrenOf(node: PasteNode): PasteNode[] {
  return Array.from(node.childNodes);
}

/** The first element below `node` (depth first, in document order) that passes `test`; null when none does. */
export function findDescendant(node: PasteNode, test: (candidate: PasteNode) => boolean): PasteNode | null {
  for (const child of childrenOf(node)) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    if (test(child)) return child;
    const found = findDescendant(child, test);
    if (found) return found;
  }
  return null;
}
