import type { AdRules } from '../../../electron/shared/model/settings';
import type { PlaceAdsResult } from './inserterShortcuts';

/** The message after "Auto ads": what was done in one sentence, then each rule still broken. */
export type AdPlacementMessage = { summary: string; left: string[] };

function count(number: number, word: string): string {
  return `${number} ${word}${number === 1 ? '' : 's'}`;
}

function allowanceReason(result: PlaceAdsResult, rules: AdRules): string {
  if (result.allowance === rules.maxAds) return `the site allows at most ${count(rules.maxAds, 'ad')} per article`;
  return `the article is long enough for ${count(result.allowance, 'ad')} (one per ${rules.wordsPerAd} words)`;
}

function doneParts(result: PlaceAdsResult, rules: AdRules): string[] {
  const parts: string[] = [];
  if (result.added > 0) parts.push(`placed ${count(result.added, 'ad')}`);
  if (result.moved > 0) parts.push(`moved ${count(result.moved, 'hand-placed ad')} to where the rules allow`);
  if (result.removed > 0) parts.push(`took out ${count(result.removed, 'hand-placed ad')}, as ${allowanceReason(result, rules)}`);
  return parts;
}

/** Each warning left, with the ad it is about: "Ad 2: This ad ends the article; …". */
function leftLines(result: PlaceAdsResult): string[] {
  const content = result.doc.content ?? [];
  const ordinalAt = (blockIndex: number) => content.slice(0, blockIndex + 1).filter((block) => typeof block === 'object' && block !== null && Reflect.get(block, 'type') === 'adSlot').length;
  return result.left.map((warning) => `Ad ${ordinalAt(warning.blockIndex)}: ${warning.message}`);
}

/**
 * Says what "Place ads automatically" did and what it left, in the words of the ad cards' own
 * warnings, so the message and the cards never disagree.
 */
export function describeAdPlacement(result: PlaceAdsResult, rules: AdRules): AdPlacementMessage {
  const left = leftLines(result);
  const parts = doneParts(result, rules);
  if (result.changed && parts.length === 0) return { summary: 'Took out the ads placed automatically before: no place in the article follows the rules now.', left };
  if (!result.changed) {
    const summary = left.length === 0 ? 'The ads already follow the rules: nothing to change.' : 'No ad could be placed or moved by the rules, so nothing changed. What still breaks a rule:';
    return { summary, left };
  }
  const sentence = parts.join(', ');
  const done = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
  return { summary: left.length === 0 ? `${done} Every ad now follows the rules.` : `${done} Left as they are, with what still breaks a rule:`, left };
}
