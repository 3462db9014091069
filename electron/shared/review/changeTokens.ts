import type { Mark, Node } from '@tiptap/pm/model';
import type { TokenEncoder } from 'prosemirror-changeset';

const markKeys = new WeakMap<readonly Mark[], string>();

function marksKey(marks: readonly Mark[]): string {
  let key = markKeys.get(marks);
  if (key === undefined) {
    key = marks.map((mark) => (Object.keys(mark.attrs).length === 0 ? mark.type.name : `${mark.type.name}${JSON.stringify(mark.attrs)}`)).join('+');
    markKeys.set(marks, key);
  }
  return key;
}

/**
 * How the change set compares the two bodies: characters with their marks (so a word made bold is
 * a change) and blocks with their attributes (so a subheading's level, an ad's format or a related
 * link's target is a change), where the library's default sees characters and node names only.
 */
export const changeTokens: TokenEncoder<string | number> = {
  encodeCharacter: (char, marks) => (marks.length === 0 ? char : `${char}:${marksKey(marks)}`),
  encodeNodeStart: (node: Node) => `<${node.type.name}${Object.keys(node.attrs).length === 0 ? '' : JSON.stringify(node.attrs)}`,
  encodeNodeEnd: (node: Node) => `>${node.type.name}`,
  compareTokens: (a, b) => a === b,
};
