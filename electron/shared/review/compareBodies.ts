import { recreateTransform } from '@fellow/prosemirror-recreate-transform';
import type { Node } from '@tiptap/pm/model';
import { diffArrays } from 'diff';
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

/** A run of top-level blocks that differs: blocks [fromStart, fromEnd) of the older body became [toStart, toEnd) of the newer. */
type Hunk = { fromStart: number; fromEnd: number; toStart: number; toEnd: number };

function blockKeys(doc: Node): string[] {
  const keys: string[] = [];
  doc.forEach((block) => keys.push(JSON.stringify(block.toJSON())));
  return keys;
}

/** The differing runs of blocks, found by a diff of whole blocks (Myers), so unchanged blocks cost nothing more. */
function hunksOf(before: Node, after: Node): Hunk[] {
  const hunks: Hunk[] = [];
  let fromIndex = 0;
  let toIndex = 0;
  let open: Hunk | null = null;
  for (const part of diffArrays(blockKeys(before), blockKeys(after))) {
    if (!part.added && !part.removed) {
      if (open) hunks.push(open);
      open = null;
      fromIndex += part.count;
      toIndex += part.count;
      continue;
    }
    open ??= { fromStart: fromIndex, fromEnd: fromIndex, toStart: toIndex, toEnd: toIndex };
    if (part.removed) fromIndex += part.count;
    else toIndex += part.count;
    open.fromEnd = fromIndex;
    open.toEnd = toIndex;
  }
  if (open) hunks.push(open);
  return hunks;
}

function slice(doc: Node, start: number, end: number): Node {
  const blocks: Node[] = [];
  for (let index = start; index < end; index += 1) blocks.push(doc.child(index));
  return doc.type.create(doc.attrs, blocks);
}

function blockPositions(doc: Node): number[] {
  const positions = [0];
  doc.forEach((block) => positions.push((positions.at(-1) ?? 0) + block.nodeSize));
  return positions;
}

function blockChange(after: Node, at: number, offset: number): TextChange {
  const block = after.nodeAt(at);
  const end = block ? at + block.nodeSize : at;
  const text = block ? block.textContent.slice(0, 120) : '';
  return { kind: 'text', from: at + offset, to: end + offset, deleted: text, inserted: text, formatting: true };
}

type Found = { texts: TextChange[]; removed: FoundCard[]; added: FoundCard[] };

/** Blocks only inserted (side 'inserted', positions in the newer body) or only deleted (shown at `offset`). */
function wholeBlocks(doc: Node, side: 'inserted' | 'deleted', offset: number, found: Found): void {
  let run: { from: number; to: number; texts: string[] } | null = null;
  const flush = () => {
    if (run === null) return;
    const text = run.texts.filter((line) => line !== '').join('\n');
    const inserted = side === 'inserted';
    // A blank line added or taken away is not a change a reviewer needs to read.
    if (text !== '') found.texts.push({ kind: 'text', from: inserted ? run.from : offset, to: inserted ? run.to : offset, deleted: inserted ? '' : text, inserted: inserted ? text : '', formatting: false });
    run = null;
  };
  doc.forEach((block, pos) => {
    const [card] = cardsBetween(doc, pos, pos + block.nodeSize, offset);
    if (card) {
      flush();
      if (side === 'inserted') found.added.push(card);
      else found.removed.push({ ...card, at: offset });
      return;
    }
    run ??= { from: pos + offset, to: pos + offset, texts: [] };
    run.to = pos + block.nodeSize + offset;
    run.texts.push(textBetween(doc, pos, pos + block.nodeSize));
  });
  flush();
}

/** Word-level changes between two runs of blocks: their steps rebuilt, gathered in a change set, widened to whole words. */
function compareHunk(from: Node, to: Node, offset: number, found: Found): void {
  if (from.childCount === 0 || to.childCount === 0) {
    wholeBlocks(from.childCount === 0 ? to : from, from.childCount === 0 ? 'inserted' : 'deleted', offset, found);
    return;
  }
  const transform = recreateTransform(from, to, { complexSteps: false, wordDiffs: true, simplifyDiff: true });
  const set = ChangeSet.create(from, undefined, changeTokens).addSteps(transform.doc, transform.mapping.maps, null);
  for (const change of simplifyChanges(set.changes, transform.doc)) {
    const deleted = textBetween(from, change.fromA, change.toA);
    const inserted = textBetween(to, change.fromB, change.toB);
    const cardsGone = cardsBetween(from, change.fromA, change.toA, 0);
    const cardsNew = cardsBetween(to, change.fromB, change.toB, offset);
    found.removed.push(...cardsGone.map((card) => ({ ...card, at: change.fromB + offset })));
    found.added.push(...cardsNew);
    if (deleted !== '' || inserted !== '') {
      found.texts.push({ kind: 'text', from: change.fromB + offset, to: change.toB + offset, deleted, inserted, formatting: deleted === inserted });
    } else if (cardsGone.length === 0 && cardsNew.length === 0) {
      found.texts.push(blockChange(to, change.fromB, offset));
    }
  }
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
 * are one move. Positions are in the newer body. Whole blocks are matched first (a diff of blocks),
 * and only the runs that differ are compared word by word, so a long article compares quickly.
 */
export function compareBodies(beforeBody: BodyJson, afterBody: BodyJson): BodyChange[] {
  const before = docFrom(beforeBody);
  const after = docFrom(afterBody);
  if (before.eq(after)) return [];
  const positions = blockPositions(after);
  const found: Found = { texts: [], removed: [], added: [] };
  for (const hunk of hunksOf(before, after)) {
    compareHunk(slice(before, hunk.fromStart, hunk.fromEnd), slice(after, hunk.toStart, hunk.toEnd), positions[hunk.toStart] ?? 0, found);
  }
  return [...found.texts, ...pairMoves(found.removed, found.added)].sort((a, b) => positionOf(a) - positionOf(b));
}
