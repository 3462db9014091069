import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import { articleExtensions } from '../../shared/editor/articleExtensions';
import { isRecord } from '../../shared/model/isRecord';

let schema: Schema | undefined;

function articleSchema(): Schema {
  schema ??= getSchema(articleExtensions({ output: 'export' }));
  return schema;
}

const blockNames: Record<string, string> = {
  doc: 'the document',
  paragraph: 'a paragraph',
  heading: 'a heading',
  blockquote: 'a quote',
  bulletList: 'a bulleted list',
  orderedList: 'a numbered list',
  listItem: 'a list item',
  text: 'text',
  hardBreak: 'a line break',
  adSlot: 'an ad slot',
  relatedLink: 'a related link',
  figure: 'a picture',
};

function nameOf(type: string): string {
  return blockNames[type] ?? `"${type.slice(0, 40)}"`;
}

/** The first child that may not stand where it is, as "X cannot hold Y"; null when the content fits. */
function misplacedChild(node: ProseMirrorNode): string | null {
  let match: ReturnType<typeof node.type.contentMatch.matchType> = node.type.contentMatch;
  for (let index = 0; index < node.childCount; index += 1) {
    const child = node.child(index);
    match = match?.matchType(child.type) ?? null;
    if (match === null) return `${nameOf(node.type.name)} cannot hold ${nameOf(child.type.name)}`;
    const inner = misplacedChild(child);
    if (inner !== null) return inner;
  }
  if (match !== null && !match.validEnd) return `${nameOf(node.type.name)} is missing content it needs`;
  return null;
}

type AttributeSpecs = Readonly<Record<string, { default?: unknown }>>;

/** An attribute the type does not have, or a value of another kind than its default (text for a number…). */
function attributeProblem(owner: string, attrs: unknown, specs: AttributeSpecs | undefined): string | null {
  if (!isRecord(attrs)) return null;
  for (const [name, value] of Object.entries(attrs)) {
    const spec = specs?.[name];
    if (spec === undefined) return `${nameOf(owner)} has an attribute "${name.slice(0, 40)}" it cannot hold`;
    const expected = spec.default === null || spec.default === undefined ? null : typeof spec.default;
    if (expected !== null && value !== null && typeof value !== expected) return `${nameOf(owner)} has a "${name.slice(0, 40)}" that is not ${expected === 'number' ? 'a number' : 'text'}`;
  }
  return null;
}

/** ProseMirror drops attributes a type does not know; the store refuses them instead, and checks their kind. */
function unknownAttribute(node: unknown, schema: Schema): string | null {
  if (!isRecord(node) || typeof node.type !== 'string') return null;
  const own = attributeProblem(node.type, node.attrs, schema.nodes[node.type]?.spec.attrs);
  if (own !== null) return own;
  for (const mark of Array.isArray(node.marks) ? node.marks : []) {
    const type = isRecord(mark) && typeof mark.type === 'string' ? mark.type : '';
    const problem = isRecord(mark) ? attributeProblem(`${type} formatting`, mark.attrs, schema.marks[type]?.spec.attrs) : null;
    if (problem !== null) return problem;
  }
  for (const child of Array.isArray(node.content) ? node.content : []) {
    const problem = unknownAttribute(child, schema);
    if (problem !== null) return problem;
  }
  return null;
}

function plainReason(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const unknownNode = /^Unknown node type: (.+)$/.exec(message);
  if (unknownNode?.[1]) return `"${unknownNode[1].slice(0, 40)}" is not a block an article can hold`;
  const unknownMark = /^There is no mark type (.+) in this schema$/.exec(message);
  if (unknownMark?.[1]) return `"${unknownMark[1].slice(0, 40)}" is not formatting an article can hold`;
  const attribute = /^Unsupported attribute (.+) for (?:node|mark) of type (.+)$/.exec(message);
  if (attribute?.[1] && attribute[2]) return `${nameOf(attribute[2])} has an attribute "${attribute[1].slice(0, 40)}" it cannot hold`;
  if (/^Invalid collection of marks/.test(message) || /does not allow marks/.test(message)) return 'formatting is applied where it cannot be';
  if (/^Empty text nodes/.test(message)) return 'a text node has no text';
  if (/^Invalid text node/.test(message)) return 'a text node has no text';
  if (/attribute|Error in attribute/i.test(message)) return 'a block has an attribute value it cannot hold';
  return 'its blocks are not arranged as an article can hold them';
}

/**
 * Checks a body against the article's ProseMirror schema, the one the editor and export build from the
 * same extension list: every node where its parent may hold it, every mark and attribute known.
 * Returns the first problem in plain words, or null when the body fits.
 */
export function articleSchemaProblem(body: Record<string, unknown>): string | null {
  // An empty document is how a new draft starts; the editor opens it as one empty paragraph.
  if (body.content === undefined || (Array.isArray(body.content) && body.content.length === 0)) return null;
  let doc: ProseMirrorNode;
  try {
    doc = ProseMirrorNode.fromJSON(articleSchema(), body);
  } catch (error) {
    return plainReason(error);
  }
  const misplaced = misplacedChild(doc) ?? unknownAttribute(body, articleSchema());
  if (misplaced !== null) return misplaced;
  try {
    doc.check();
  } catch (error) {
    return plainReason(error);
  }
  return null;
}
