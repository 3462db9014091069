import { attributeOf, childrenOf, ELEMENT_NODE, styleValue, tagOf, type PasteNode } from './pasteDom';

/** True for Word's list paragraphs (`MsoListParagraph…` or an `mso-list` style). */
export function isWordListParagraph(node: PasteNode): boolean {
  if (node.nodeType !== ELEMENT_NODE || tagOf(node) !== 'p') return false;
  const list = styleValue(node, 'mso-list');
  return /\bMsoListParagraph/.test(attributeOf(node, 'class')) || (list !== '' && list !== 'ignore');
}

function findMarker(node: PasteNode): PasteNode | null {
  for (const child of childrenOf(node)) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    if (styleValue(child, 'mso-list') === 'ignore') return child;
    const found = findMarker(child);
    if (found) return found;
  }
  return null;
}

/** The bullet or number Word wrote before a list paragraph (`1.`, `·`), or ''. */
export function wordListMarker(node: PasteNode | undefined): string {
  if (!node) return '';
  return (findMarker(node)?.textContent ?? '').replace(/[\s\u00a0]+/g, '');
}

/** Which Word list a paragraph belongs to (`l0`, `l1`, …) and how deep it sits (1 = top level). */
export function wordListPosition(node: PasteNode): { list: string; level: number } {
  const match = /\b(l\d+)\s+level(\d+)/i.exec(styleValue(node, 'mso-list'));
  const level = Number(match?.[2] ?? 1);
  return { list: match?.[1]?.toLowerCase() ?? 'l0', level: Number.isInteger(level) && level >= 1 ? Math.min(level, 9) : 1 };
}
