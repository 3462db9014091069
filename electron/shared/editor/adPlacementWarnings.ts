import type { AdRules } from '../model/settings';
import { adAllowance, adPlacementLayout, isBlock, type AdPlacementLayout, type BlockMeasure, type DocJson } from './adPlacementLayout';

/** A rule a hand-placed ad breaks, at the ad's index among the body's top-level blocks. */
export type AdPlacementWarning = { blockIndex: number; message: string };

const blockNames: Record<string, string> = {
  heading: 'a heading',
  blockquote: 'a quote',
  relatedLink: 'a related link',
  adSlot: 'another ad',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The nearest block before or after that is not an empty paragraph, with its index. */
function neighbour(blocks: readonly unknown[], layout: AdPlacementLayout, index: number, step: -1 | 1): unknown {
  for (let position = index + step; position >= 0 && position < blocks.length; position += step) {
    if (layout.kinds[position] !== 'empty') return blocks[position];
  }
  return null;
}

function neighbourWarnings(blocks: readonly unknown[], layout: AdPlacementLayout, index: number): string[] {
  const before = neighbour(blocks, layout, index, -1);
  const after = neighbour(blocks, layout, index, 1);
  const messages: string[] = [];
  if (before === null) messages.push('This ad opens the article; put it after some copy.');
  if (after === null) messages.push('This ad ends the article; put it between paragraphs.');
  for (const [block, side] of [[before, 'after'], [after, 'before']] as const) {
    const type = isBlock(block) && typeof block.type === 'string' ? block.type : '';
    const name = blockNames[type];
    if (name) messages.push(`This ad sits directly ${side} ${name}; move it between paragraphs.`);
  }
  return messages;
}

function spacingWarnings(layout: AdPlacementLayout, rules: AdRules, index: number, previous: number | null): string[] {
  const paragraphs = layout.paragraphsBefore[index] ?? 0;
  const messages: string[] = [];
  if (paragraphs < rules.firstAfterParagraph) {
    messages.push(`This ad comes after ${plural(paragraphs, 'paragraph')}; the first ad goes after paragraph ${rules.firstAfterParagraph}.`);
  }
  if (previous !== null) {
    const between = paragraphs - (layout.paragraphsBefore[previous] ?? 0);
    if (between < rules.minParagraphsBetween) {
      const since = between === 0 ? 'No paragraph' : `Only ${plural(between, 'paragraph')}`;
      messages.push(`${since} since the previous ad; leave at least ${rules.minParagraphsBetween}.`);
    }
  }
  return messages;
}

function allowanceWarning(layout: AdPlacementLayout, rules: AdRules, ordinal: number): string[] {
  const allowance = adAllowance(rules, layout.words);
  if (ordinal <= allowance) return [];
  if (allowance === rules.maxAds) return [`This is ad ${ordinal}; the site allows at most ${plural(rules.maxAds, 'ad')} per article.`];
  // No live word count in the message: it would change, and redraw every ad card, at each word typed.
  return [`This is ad ${ordinal}, but the article is long enough for ${plural(allowance, 'ad')} (one per ${rules.wordsPerAd} words).`];
}

/**
 * The rules each hand-placed ad breaks, in plain words, for the editor's warnings and the export
 * checklist. Ads placed automatically are not reported: "Place ads automatically" sets them right.
 */
export function adPlacementWarnings(doc: DocJson, rules: AdRules, measure?: (block: unknown) => BlockMeasure): AdPlacementWarning[] {
  const blocks = Array.isArray(doc.content) ? doc.content : [];
  const layout = adPlacementLayout(blocks, measure);
  const warnings: AdPlacementWarning[] = [];
  let previous: number | null = null;
  let ordinal = 0;
  blocks.forEach((block, index) => {
    if (layout.kinds[index] !== 'ad') return;
    ordinal += 1;
    const manual = isBlock(block) && block.attrs?.placement !== 'auto';
    if (manual) {
      const messages = [
        ...neighbourWarnings(blocks, layout, index),
        ...spacingWarnings(layout, rules, index, previous),
        ...allowanceWarning(layout, rules, ordinal),
      ];
      for (const message of messages) warnings.push({ blockIndex: index, message });
    }
    previous = index;
  });
  return warnings;
}
