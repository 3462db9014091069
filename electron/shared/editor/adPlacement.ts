import type { AdRules } from '../model/settings';
import { adAllowance, adPlacementLayout, isAutoAd, neighbourKind, type AdPlacementLayout, type DocJson } from './adPlacementLayout';

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
 * Places ads by the site's rules and returns a new document: ads placed automatically before are
 * removed, every hand-placed ad is kept where it is, and new ads (placement `auto`) go after
 * paragraph `firstAfterParagraph`, at least `minParagraphsBetween` paragraphs from any other ad,
 * never first or last, never next to a heading, quote, related link or ad, and no more than one per
 * `wordsPerAd` words and `maxAds` in all (hand-placed ads count).
 */
export function placeAdsAutomatically(doc: DocJson, rules: AdRules): DocJson {
  const blocks = (Array.isArray(doc.content) ? doc.content : []).filter((block) => !isAutoAd(block));
  const layout = adPlacementLayout(blocks);
  const gaps = new Set(chooseGaps(layout, rules));
  const format = rules.defaultFormat === '' ? 'inline' : rules.defaultFormat;
  const content: unknown[] = [];
  blocks.forEach((block, index) => {
    if (gaps.has(index)) content.push(autoAd(format));
    content.push(block);
  });
  return { ...doc, content };
}
