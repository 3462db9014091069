import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { measureBlock, type BlockMeasure } from '../../../electron/shared/editor/adPlacementLayout';

/** The live counts under the body. */
export type BodyStats = { words: number; characters: number };

/** What the editor knows of one top-level block: its JSON, placement measure and characters. */
type BlockFacts = { json: object; measure: BlockMeasure; characters: number };

// ProseMirror keeps unchanged blocks as the same objects from one state to the next, so facts cached
// by block are reused until the block itself changes: a keystroke re-measures one paragraph.
const factsByBlock = new WeakMap<ProseMirrorNode, BlockFacts>();
const measureByJson = new WeakMap<object, BlockMeasure>();

function blockFacts(block: ProseMirrorNode): BlockFacts {
  const known = factsByBlock.get(block);
  if (known !== undefined) return known;
  const json = block.toJSON() as object;
  const measure = measureBlock(json);
  // As Tiptap's CharacterCount counts: text, and one space for each leaf (hard break, ad, related link).
  const characters = block.isLeaf ? 1 : block.textBetween(0, block.content.size, undefined, ' ').length;
  const facts = { json, measure, characters };
  factsByBlock.set(block, facts);
  measureByJson.set(json, measure);
  return facts;
}

/** Words (as the store counts them) and characters of the body. */
export function bodyStats(doc: ProseMirrorNode): BodyStats {
  const known = statsByDoc.get(doc);
  if (known !== undefined) return known;
  const stats = statsFrom(doc);
  statsByDoc.set(doc, stats);
  return stats;
}

// The counts of the last body counted, so the next one (one keystroke on) adds up only the block it changed.
const statsByDoc = new WeakMap<ProseMirrorNode, BodyStats>();
let lastCounted: { doc: ProseMirrorNode; stats: BodyStats } | null = null;

function statsFrom(doc: ProseMirrorNode): BodyStats {
  const previous = lastCounted;
  const changed = previous === null ? null : onlyChangedBlock(previous.doc, doc);
  let stats: BodyStats;
  if (previous !== null && changed !== null) {
    const before = blockFacts(changed.before);
    const after = blockFacts(changed.after);
    stats = { words: previous.stats.words - before.measure.words + after.measure.words, characters: previous.stats.characters - before.characters + after.characters };
  } else {
    stats = countAll(doc);
  }
  lastCounted = { doc, stats };
  return stats;
}

function countAll(doc: ProseMirrorNode): BodyStats {
  let words = 0;
  let characters = 0;
  doc.forEach((block) => {
    const facts = blockFacts(block);
    words += facts.measure.words;
    characters += facts.characters;
  });
  return { words, characters };
}

function blockJsons(doc: ProseMirrorNode): object[] {
  const blocks: object[] = [];
  doc.forEach((block) => {
    blocks.push(blockFacts(block).json);
  });
  return blocks;
}

/** The body's blocks as JSON for the ad placement rules, with a measure that already knows them. */
export function measuredBlocks(doc: ProseMirrorNode): { blocks: object[]; measure: (block: unknown) => BlockMeasure } {
  const blocks = blockJsons(doc);
  const measure = (block: unknown) => (typeof block === 'object' && block !== null ? measureByJson.get(block) : undefined) ?? measureBlock(block);
  return { blocks, measure };
}

/** How one top-level block counts for ad placement (kind and words), remembered until the block changes. */
export function blockMeasure(block: ProseMirrorNode): BlockMeasure {
  return blockFacts(block).measure;
}

/** The top-level block an edit changed, with its index, before and after. */
export type ChangedBlock = { index: number; before: ProseMirrorNode; after: ProseMirrorNode };

/**
 * When an edit changed one top-level block and left the others as they were (typing or deleting
 * inside a paragraph), that block before and after; null for any other edit (blocks added, removed,
 * split, joined, or several changed). Unchanged blocks are the same objects, so this is a walk of
 * identity checks, not a comparison of content.
 */
export function onlyChangedBlock(before: ProseMirrorNode, after: ProseMirrorNode): ChangedBlock | null {
  if (before.childCount !== after.childCount) return null;
  let changed: ChangedBlock | null = null;
  for (let index = 0; index < after.childCount; index += 1) {
    const old = before.child(index);
    const now = after.child(index);
    if (old === now) continue;
    if (changed !== null || old.type !== now.type) return null;
    changed = { index, before: old, after: now };
  }
  return changed;
}
