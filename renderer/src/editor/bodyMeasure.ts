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
