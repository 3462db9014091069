import type { AdRules } from '../model/settings';
import { adAllowance, adPlacementLayout, isAdBlock, isAutoAd, neighbourKind, type AdPlacementLayout, type DocJson } from './adPlacementLayout';
import { adPlacementWarnings, type AdPlacementWarning } from './adPlacementWarnings';

/** What "Place ads automatically" did, and the rules it could not meet, for its message. */
export type AdPlacementReport = {
  doc: DocJson;
  /** New ads placed automatically (ads it had placed before are counted again, not as moved). */
  added: number;
  /** Hand-placed ads that broke a rule and now stand where the rules allow. */
  moved: number;
  /** Hand-placed ads beyond what the article may hold, taken out. */
  removed: number;
  /** The most ads the article may hold. */
  allowance: number;
  /** What still breaks a rule afterwards, as the ad cards warn about it. */
  left: AdPlacementWarning[];
};

/** The ad slot "Place ads automatically" inserts. */
function autoAd(format: string): Record<string, unknown> {
  return { type: 'adSlot', attrs: { format, placement: 'auto', slot: null, size: null } };
}

/** True when an ad may go just before block `index` as far as its neighbours go. */
function gapHasGoodNeighbours(layout: AdPlacementLayout, index: number): boolean {
  const before = neighbourKind(layout.kinds, index, -1);
  const after = neighbourKind(layout.kinds, index - 1, 1);
  const fine = (kind: typeof before) => kind === 'paragraph' || kind === 'other';
  return fine(before) && fine(after);
}

/** True when an ad with `paragraphs` paragraphs before it is far enough from every ad in `taken`. */
function farEnough(taken: readonly number[], paragraphs: number, minimum: number): boolean {
  return taken.every((other) => Math.abs(paragraphs - other) >= Math.max(1, minimum));
}

/** Indexes of the blocks before which new ads go, by the rules, around the ads already there. */
function chooseGaps(layout: AdPlacementLayout, rules: AdRules): number[] {
  const taken = layout.kinds.flatMap((kind, index) => (kind === 'ad' ? [layout.paragraphsBefore[index] ?? 0] : []));
  let room = adAllowance(rules, layout.words) - taken.length;
  const gaps: number[] = [];
  for (let index = 1; index < layout.kinds.length && room > 0; index += 1) {
    const paragraphs = layout.paragraphsBefore[index] ?? 0;
    if (paragraphs < rules.firstAfterParagraph) continue;
    if (!gapHasGoodNeighbours(layout, index)) continue;
    if (!farEnough(taken, paragraphs, rules.minParagraphsBetween)) continue;
    gaps.push(index);
    taken.push(paragraphs);
    room -= 1;
  }
  return gaps;
}

/**
 * Splits the hand-placed ads into those that keep their place and those that break a rule, by the
 * warnings' own rules: the first ad (in reading order) that is warned about is taken out, then the
 * rest is judged again without it, so an ad is never blamed for a misplaced one before it.
 */
function takeOutMisplaced(blocks: readonly unknown[], rules: AdRules): { kept: unknown[]; misplaced: unknown[] } {
  let kept = [...blocks];
  const misplaced: unknown[] = [];
  for (;;) {
    const [first] = adPlacementWarnings({ type: 'doc', content: kept }, rules);
    if (first === undefined) return { kept, misplaced };
    misplaced.push(kept[first.blockIndex]);
    kept = kept.filter((_block, index) => index !== first.blockIndex);
  }
}

/**
 * Places ads by the site's rules and says what it did. Ads placed automatically before are removed;
 * hand-placed ads that follow the rules stay where they are; hand-placed ads that break a rule move,
 * in reading order and keeping their format, to the places the rules allow; new ads (placement
 * `auto`) fill the places left. A place is after paragraph `firstAfterParagraph`, at least
 * `minParagraphsBetween` paragraphs from any other ad, never first or last, never next to a heading,
 * quote, related link or ad, and no more than one per `wordsPerAd` words and `maxAds` in all.
 * Hand-placed ads with no such place are taken out when the article holds all it may, and left
 * where they are otherwise; `left` says what still breaks a rule, in the warnings' words.
 */
export function placeAdsAutomatically(doc: DocJson, rules: AdRules): AdPlacementReport {
  const blocks = (Array.isArray(doc.content) ? doc.content : []).filter((block) => !isAutoAd(block));
  const { kept, misplaced } = takeOutMisplaced(blocks, rules);
  const layout = adPlacementLayout(kept);
  const gaps = new Set(chooseGaps(layout, rules));
  const allowance = adAllowance(rules, layout.words);
  const moving = misplaced.slice(0, gaps.size);
  const unplaced = misplaced.slice(gaps.size);
  const full = kept.filter(isAdBlock).length + gaps.size >= allowance;
  const keptBlocks = new Set(kept);
  const leftInPlace = new Set(full ? [] : unplaced);
  const format = rules.defaultFormat === '' ? 'inline' : rules.defaultFormat;
  const content: unknown[] = [];
  let keptIndex = 0;
  for (const block of blocks) {
    if (leftInPlace.has(block)) content.push(block);
    if (!keptBlocks.has(block)) continue;
    if (gaps.has(keptIndex)) content.push(moving.shift() ?? autoAd(format));
    content.push(block);
    keptIndex += 1;
  }
  const result = { ...doc, content };
  return {
    doc: result,
    added: Math.max(0, gaps.size - misplaced.length),
    moved: Math.min(gaps.size, misplaced.length),
    removed: full ? unplaced.length : 0,
    allowance,
    left: adPlacementWarnings(result, rules),
  };
}
