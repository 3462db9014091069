import { articleFieldLabels, type ArticleChange } from '../model/review';

const MAX_QUOTE = 160;

function quote(text: string): string {
  const line = text.replace(/\s*\n\s*/g, ' ¶ ');
  return `“${line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1)}…` : line}”`;
}

const cardNames = { adSlot: 'Ad slot', relatedLink: 'Related link' } as const;

/**
 * One line saying what a change did, for the CLI, the change list and screen readers, which
 * cannot see the colours: "Headline: “A” → “B”", "Replaced “resigns” with “quits after vote”".
 */
export function describeChange(change: ArticleChange): string {
  if (change.kind === 'field') {
    const label = articleFieldLabels[change.field];
    if (change.before === '') return `${label} added: ${quote(change.after)}`;
    if (change.after === '') return `${label} removed: ${quote(change.before)}`;
    return `${label}: ${quote(change.before)} → ${quote(change.after)}`;
  }
  if (change.kind === 'card') {
    const what = change.card === 'adSlot' ? change.description : `${cardNames[change.card]} “${change.description}”`;
    return `${what} ${change.action}`;
  }
  if (change.formatting) return `Formatting changed: ${quote(change.inserted)}`;
  if (change.deleted === '') return `Inserted ${quote(change.inserted)}`;
  if (change.inserted === '') return `Deleted ${quote(change.deleted)}`;
  return `Replaced ${quote(change.deleted)} with ${quote(change.inserted)}`;
}
