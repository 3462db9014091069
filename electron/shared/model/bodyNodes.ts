import { isRecord } from './isRecord';

/** A mark on a text node, read defensively from stored JSON. */
export type BodyMark = { type: string; attrs: Record<string, unknown> };

/** A ProseMirror JSON node, read defensively from stored JSON: missing parts become empty values. */
export type BodyNode = {
  type: string;
  attrs: Record<string, unknown>;
  content: BodyNode[];
  text: string;
  marks: BodyMark[];
};

function readMark(value: unknown): BodyMark | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  return { type: value.type, attrs: isRecord(value.attrs) ? value.attrs : {} };
}

/** Reads one node of a stored document; null when it is not a node at all. */
export function readBodyNode(value: unknown): BodyNode | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  const content = Array.isArray(value.content) ? value.content.map(readBodyNode).filter((node) => node !== null) : [];
  const marks = Array.isArray(value.marks) ? value.marks.map(readMark).filter((mark) => mark !== null) : [];
  return {
    type: value.type,
    attrs: isRecord(value.attrs) ? value.attrs : {},
    content,
    text: typeof value.text === 'string' ? value.text : '',
    marks,
  };
}

/** A text attribute of a node or mark; '' when it is missing or not text. */
export function textAttr(attrs: Record<string, unknown>, name: string): string {
  const value = attrs[name];
  return typeof value === 'string' ? value : '';
}

/** The top-level blocks of a stored document, in order. */
export function bodyBlocks(doc: unknown): BodyNode[] {
  return readBodyNode(doc)?.content ?? [];
}

/** The plain text of a node and everything inside it. */
export function nodeText(node: BodyNode): string {
  if (node.type === 'text') return node.text;
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'relatedLink') return `${textAttr(node.attrs, 'label')} ${textAttr(node.attrs, 'title')}`;
  return node.content.map(nodeText).join('');
}

/** Calls back for every node below `node`, depth first, in document order. */
export function visitNodes(node: BodyNode, visit: (child: BodyNode) => void): void {
  for (const child of node.content) {
    visit(child);
    visitNodes(child, visit);
  }
}
