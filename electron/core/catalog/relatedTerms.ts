import { bodyText } from '../../shared/model/bodyText';
import { hasUnspacedLetters } from '../../shared/model/unspacedScripts';
import { segmentedWords } from '../../shared/model/wordCount';

/** The draft fields that say what it is about. */
export type DraftTopic = { headline: string; tags: readonly string[]; body: unknown };

const stopWords = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
  into is it its itself just me more most my no nor not now of off on once only or other our out over own said same says she
  should so some such than that the their them then there these they this those through to too under until up very was we
  were what when where which while who whom why will with would you your year years new one two first last told since after
  per via amid according`.split(/\s+/),
);

// Words of two characters carry a topic in Chinese or Japanese (普京, 北京), rarely in spaced scripts.
function isTopical(word: string): boolean {
  const shortest = hasUnspacedLetters(word) ? 2 : 3;
  return word.length >= shortest && !stopWords.has(word) && !/^\d+$/.test(word);
}

function words(text: string): string[] {
  const runs = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return runs.flatMap((run) => (hasUnspacedLetters(run) ? segmentedWords(run) : [run])).filter(isTopical);
}

/**
 * The terms a related article would share with the draft: every word of the headline and the tags,
 * then the body's most frequent words, at most `max` in all.
 */
export function relatedTerms(draft: DraftTopic, max = 24): string[] {
  const terms = new Set([...words(draft.headline), ...draft.tags.flatMap((tag) => words(tag))]);
  const counts = new Map<string, number>();
  for (const word of words(bodyText(draft.body))) counts.set(word, (counts.get(word) ?? 0) + 1);
  const frequent = [...counts.entries()]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
  for (const word of frequent) {
    if (terms.size >= max) break;
    terms.add(word);
  }
  return [...terms].slice(0, max);
}
