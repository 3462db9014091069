import type { AdRules } from '../model/settings';

/** A block of the body as JSON, as much as placement needs to know of it. */
export type BlockJson = { type?: unknown; attrs?: Record<string, unknown> | null; content?: unknown[]; text?: unknown; [key: string]: unknown };

/** A body document as JSON. */
export type DocJson = { type: 'doc'; content?: unknown[]; [key: string]: unknown };

/** How a block counts for placement. */
export type BlockKind = 'paragraph' | 'empty' | 'ad' | 'blocker' | 'other';

/** The body seen block by block: kinds, and where each ad stands. */
export type AdPlacementLayout = {
  kinds: BlockKind[];
  /** For each block, how many copy paragraphs come before it. */
  paragraphsBefore: number[];
  words: number;
};

/** Blocks an ad may never sit directly next to. */
const blockerTypes = new Set(['heading', 'blockquote', 'relatedLink']);
/** Blocks of copy that count as paragraphs between ads (a list reads as one block of copy). */
const copyTypes = new Set(['paragraph', 'bulletList', 'orderedList']);

/** True when the value looks like a block of a document. */
export function isBlock(value: unknown): value is BlockJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a block and everything inside it. */
export function blockText(block: unknown): string {
  if (!isBlock(block)) return '';
  if (typeof block.text === 'string') return block.text;
  if (!Array.isArray(block.content)) return '';
  return block.content.map((child) => blockText(child)).join(' ');
}

/** Words as a reader counts them: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** True for an ad slot block. */
export function isAdBlock(block: unknown): boolean {
  return isBlock(block) && block.type === 'adSlot';
}

/** True for an ad slot that "Place ads automatically" put there. */
export function isAutoAd(block: unknown): boolean {
  return isAdBlock(block) && isBlock(block) && block.attrs?.placement === 'auto';
}

/** Classifies a block for the placement rules. */
export function blockKind(block: unknown): BlockKind {
  if (!isBlock(block)) return 'other';
  if (block.type === 'adSlot') return 'ad';
  if (typeof block.type === 'string' && blockerTypes.has(block.type)) return 'blocker';
  if (typeof block.type === 'string' && copyTypes.has(block.type)) {
    return blockText(block).trim() === '' ? 'empty' : 'paragraph';
  }
  return 'other';
}

/** Describes the body's blocks for the placement rules. */
export function adPlacementLayout(blocks: readonly unknown[], wordCount?: number): AdPlacementLayout {
  const kinds = blocks.map((block) => blockKind(block));
  const paragraphsBefore: number[] = [];
  let paragraphs = 0;
  for (const kind of kinds) {
    paragraphsBefore.push(paragraphs);
    if (kind === 'paragraph') paragraphs += 1;
  }
  const words = wordCount ?? blocks.reduce<number>((total, block) => total + countWords(blockText(block)), 0);
  return { kinds, paragraphsBefore, words };
}

/** The most ads the article may hold: the site's maximum, and one per `wordsPerAd` words. */
export function adAllowance(rules: AdRules, words: number): number {
  return Math.max(0, Math.min(rules.maxAds, Math.floor(words / rules.wordsPerAd)));
}

/** The nearest block before (-1) or after (+1) `index` that is not an empty paragraph, or null. */
export function neighbourKind(kinds: readonly BlockKind[], index: number, step: -1 | 1): BlockKind | null {
  for (let position = index + step; position >= 0 && position < kinds.length; position += step) {
    const kind = kinds[position];
    if (kind !== undefined && kind !== 'empty') return kind;
  }
  return null;
}
