import { readBodyNode, type BodyNode } from './bodyNodes';

function collect(node: BodyNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.text);
    return;
  }
  if (node.type === 'hardBreak') {
    out.push('\n');
    return;
  }
  const children = node.content;
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
  const root = readBodyNode(doc);
  if (root === null) return '';
  const out: string[] = [];
  collect(root, out);
  return out
    .join('')
    .replace(/[ \t]*\n[\n\s]*/g, '\n')
    .trim();
}
