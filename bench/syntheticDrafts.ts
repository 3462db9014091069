import type { DraftChanges, DraftStatus } from '../electron/shared/model/draft';

const commonWords = 'the of and to in a on for that with as by at from said was were has have will would its their'.split(' ');
const newsWords = (
  'government minister police storm coast flood rain wind harbour city council budget vote election court judge school ' +
  'hospital health energy prices market bank trade strike union workers farmers river bridge road train airport tourism ' +
  'museum festival football match season coach players fans league report officials residents emergency damage homes ' +
  'investigation evidence witnesses agreement talks president parliament opposition party campaign survey results ' +
  'climate drought harvest water supply power outage teachers students university research scientists data'
).split(' ');
const syllables = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vek', 'dor', 'pil', 'an', 'ost', 'ri', 'mun', 'el', 'bra', 'zet'];

/** Common words first, then news words, then invented words: ranked for a Zipf-like spread, as in real copy. */
const vocabulary = [
  ...commonWords,
  ...newsWords,
  ...Array.from({ length: 4000 }, (_, index) => `${syllables[index % 16]}${syllables[(index >> 4) % 16]}${syllables[(index >> 8) % 16]}`),
];
const cumulative = vocabulary.reduce<number[]>((sums, _, rank) => [...sums, (sums[rank - 1] ?? 0) + 1 / (rank + 1)], []);

function zipfWord(random: () => number): string {
  const target = random() * (cumulative[cumulative.length - 1] ?? 1);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return vocabulary[low] ?? 'news';
}

const sections = ['World', 'Politics', 'Business', 'Sport', 'Science', 'Culture', 'Local'];
const authors = ['Ana Ruiz', 'Sadaf Hasan', 'Tom Becker', 'Mei Lin', 'Kwame Mensah', 'Olga Petrova', 'Raj Patel'];
const statuses: DraftStatus[] = ['draft', 'draft', 'draft', 'in_review', 'approved', 'published', 'published'];

/** A small deterministic random source, so every run seeds the same drafts. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function sentence(random: () => number, words: number): string {
  const text = Array.from({ length: words }, () => zipfWord(random)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  return Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(random, 8 + Math.floor(random() * 14))).join(' ');
}

/** A draft of news-article size (about 300 to 1,200 words in 6 to 20 paragraphs) and the status it should reach. */
export function syntheticDraft(random: () => number, index: number): { changes: DraftChanges; status: DraftStatus } {
  const paragraphs = Array.from({ length: 6 + Math.floor(random() * 15) }, () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: paragraph(random) }],
  }));
  return {
    changes: {
      headline: `${sentence(random, 4 + Math.floor(random() * 6)).slice(0, -1)} ${index}`,
      dek: sentence(random, 18),
      kicker: pick(random, ['', '', 'Exclusive', 'Analysis', 'Live']),
      authorName: pick(random, authors),
      section: pick(random, sections),
      tags: [pick(random, newsWords), pick(random, newsWords)],
      body: { type: 'doc', content: paragraphs },
    },
    status: pick(random, statuses),
  };
}
