import { recreateTransform } from '@fellow/prosemirror-recreate-transform';
import type { Node } from '@tiptap/pm/model';
import { ChangeSet, simplifyChanges } from 'prosemirror-changeset';
import { AppError } from '../contract/result';
import type { BodyJson } from '../model/draft';
import { cardTypes, type CardChange, type CardType, type TextChange } from '../model/review';
import { articleSchema } from './articleSchema';
import { changeTokens } from './changeTokens';
import { describeCard } from './describeCard';

/** A change in the body: words, formatting, or a card. */
export type BodyChange = TextChange | CardChange;

type FoundCard = { card: CardType; key: string; description: string; at: number };

function docFrom(body: BodyJson): Node {
  try {
    const doc = articleSchema().nodeFromJSON(body);
    doc.check();
    return doc;
  } catch {
    throw new AppError('storage', 'A version of this draft has a body Newsdesk cannot read, so it cannot be compared.');
  }
}

function isCardType(name: string): name is CardType {
  return cardTypes.some((type) => type === name);
}

function cardsBetween(doc: Node, from: number, to: number, offset: number): FoundCard[] {
  const found: FoundCard[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    const name = node.type.name;
    if (isCardType(name) && pos >= from && pos + node.nodeSize <= to) {
      found.push({ card: name, key: `${name}${JSON.stringify(node.attrs)}`, description: describeCard(name, node.attrs), at: pos + offset });
    }
    return !node.isTextblock;
  });
  return found;
}

function textBetween(doc: Node, from: number, to: number): string {
  return doc
    .textBetween(from, to, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ''))
    .replace(/^\n+|\n+$/g, '');
}

/** How many leading and trailing top-level blocks the two bodies share, leaving at least one block on each side. */
function sharedEnds(before: Node, after: Node): { head: number; tail: number } {
  const shortest = Math.min(before.childCount, after.childCount);
  let head = 0;
  while (head < shortest && before.child(head).eq(after.child(head))) head += 1;
  let tail = 0;
  while (tail < shortest - head && before.child(before.childCount - 1 - tail).eq(after.child(after.childCount - 1 - tail))) tail += 1;
  while ((before.childCount - head - tail < 1 || after.childCount - head - tail < 1) && head + tail > 0) {
    if (tail > 0) tail -= 1;
    else head -= 1;
  }
  return { head, tail };
}

function middle(doc: Node, head: number, tail: number): Node {
  const blocks: Node[] = [];
  for (let index = head; index < doc.childCount - tail; index += 1) blocks.push(doc.child(index));
  return doc.type.create(doc.attrs, blocks);
}

function offsetOf(doc: Node, head: number): number {
  let offset = 0;
  for (let index = 0; index < head; index += 1) offset += doc.child(index).nodeSize;
  return offset;
}

function blockChange(after: Node, at: number, offset: number): TextChange {
  const block = after.nodeAt(at);
  const end = block ? at + block.nodeSize : at;
  const text = block ? block.textContent.slice(0, 120) : '';
  return { kind: 'text', from: at + offset, to: end + offset, deleted: text, inserted: text, formatting: true };
}

function pairMoves(removed: FoundCard[], added: FoundCard[]): CardChange[] {
  const unpaired = [...added];
  const changes: CardChange[] = [];
  for (const card of removed) {
    const index = unpaired.findIndex((candidate) => candidate.key === card.key);
    const partner = index >= 0 ? unpaired.splice(index, 1)[0] : undefined;
    if (partner) changes.push({ kind: 'card', card: card.card, action: 'moved', description: card.description, at: partner.at, movedFrom: card.at });
    else changes.push({ kind: 'card', card: card.card, action: 'removed', description: card.description, at: card.at, movedFrom: null });
  }
  for (const card of unpaired) changes.push({ kind: 'card', card: card.card, action: 'added', description: card.description, at: card.at, movedFrom: null });
  return changes;
}

function positionOf(change: BodyChange): number {
  return change.kind === 'text' ? change.from : change.at;
}

/**
 * The changes between two bodies, word by word within paragraphs: the steps from one to the other
 * are rebuilt (recreateTransform), gathered in a change set that compares text with its formatting,
 * and widened to whole words (simplifyChanges). Cards removed in one place and added in another
 * are one move. Positions are in the newer body. Blocks both bodies share at either end are left
 * out of the diff, so a long article with a few edits compares quickly.
 */
export function compareBodies(beforeBody: BodyJson, afterBody: BodyJson): BodyChange[] {
  const before = docFrom(beforeBody);
  const after = docFrom(afterBody);
  if (before.eq(after)) return [];
  const { head, tail } = sharedEnds(before, after);
  const from = middle(before, head, tail);
  const to = middle(after, head, tail);
  const offset = offsetOf(after, head);
  const transform = recreateTransform(from, to, { complexSteps: false, wordDiffs: true, simplifyDiff: true });
  const set = ChangeSet.create(from, undefined, changeTokens).addSteps(transform.doc, transform.mapping.maps, null);
  const texts: TextChange[] = [];
  const removed: FoundCard[] = [];
  const added: FoundCard[] = [];
  for (const change of simplifyChanges(set.changes, transform.doc)) {
    const deleted = textBetween(from, change.fromA, change.toA);
    const inserted = textBetween(to, change.fromB, change.toB);
    const cardsGone = cardsBetween(from, change.fromA, change.toA, 0);
    const cardsNew = cardsBetween(to, change.fromB, change.toB, offset);
    removed.push(...cardsGone.map((card) => ({ ...card, at: change.fromB + offset })));
    added.push(...cardsNew);
    if (deleted !== '' || inserted !== '') {
      texts.push({ kind: 'text', from: change.fromB + offset, to: change.toB + offset, deleted, inserted, formatting: deleted === inserted });
    } else if (cardsGone.length === 0 && cardsNew.length === 0) {
      texts.push(blockChange(to, change.fromB, offset));
    }
  }
  return [...texts, ...pairMoves(removed, added)].sort((a, b) => positionOf(a) - positionOf(b));
}
