import { bodyText } from '../model/bodyText';
import type { AdRules } from '../model/settings';
import { countWords } from '../model/wordCount';
import { isRecord } from '../model/isRecord';

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
  return isRecord(value);
}

/** True for an ad slot block. */
export function isAdBlock(block: unknown): boolean {
  return isBlock(block) && block.type === 'adSlot';
}

/** True for an ad slot that "Place ads automatically" put there. */
export function isAutoAd(block: unknown): boolean {
  return isAdBlock(block) && isBlock(block) && block.attrs?.placement === 'auto';
}

/** How one block counts for placement: its kind and its words. */
export type BlockMeasure = { kind: BlockKind; words: number };

/**
 * Measures a block: its kind, and its words counted as the article's word count counts them (the
 * blocks' words add up to `wordCount` of the whole body).
 */
export function measureBlock(block: unknown): BlockMeasure {
  if (!isBlock(block)) return { kind: 'other', words: 0 };
  const text = block.type === 'adSlot' ? '' : bodyText(block);
  const words = countWords(text);
  if (block.type === 'adSlot') return { kind: 'ad', words };
  if (typeof block.type === 'string' && blockerTypes.has(block.type)) return { kind: 'blocker', words };
  if (typeof block.type === 'string' && copyTypes.has(block.type)) return { kind: text.trim() === '' ? 'empty' : 'paragraph', words };
  return { kind: 'other', words };
}

/**
 * Describes the body's blocks for the placement rules. The editor passes a `measure` that remembers
 * blocks it has seen, so a keystroke re-measures one paragraph rather than the whole article.
 */
export function adPlacementLayout(blocks: readonly unknown[], measure: (block: unknown) => BlockMeasure = measureBlock): AdPlacementLayout {
  const kinds: BlockKind[] = [];
  const paragraphsBefore: number[] = [];
  let paragraphs = 0;
  let words = 0;
  for (const block of blocks) {
    const measured = measure(block);
    kinds.push(measured.kind);
    paragraphsBefore.push(paragraphs);
    if (measured.kind === 'paragraph') paragraphs += 1;
    words += measured.words;
  }
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
