type NodeLike = { type?: unknown; text?: unknown; content?: unknown };

function isNode(value: unknown): value is NodeLike {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: NodeLike): NodeLike[] {
  return Array.isArray(node.content) ? node.content.filter(isNode) : [];
}

function collect(node: NodeLike, out: string[]): void {
  if (node.type === 'text') {
    if (typeof node.text === 'string') out.push(node.text);
    return;
  }
  if (node.type === 'hardBreak') {
    out.push('\n');
    return;
  }
  const children = childrenOf(node);
  const isTextblock = children.some((child) => child.type === 'text' || child.type === 'hardBreak');
  for (const child of children) {
    collect(child, out);
    if (!isTextblock) out.push('\n');
  }
}

/**
 * The plain text of a Tiptap/ProseMirror document: text nodes joined, one line per block.
 * Used for search, word counts and previews, so every part of the app reads the body the same way.
 */
export function bodyText(doc: unknown): string {
  if (!isNode(doc)) return '';
  const out: string[] = [];
  collect(doc, out);
  return out
    .join('')
    .replace(/[ \t]*\n[\n\s]*/g, '\n')
    .trim();
}
