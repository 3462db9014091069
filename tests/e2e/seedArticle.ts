import { readFileSync } from 'node:fs';
import { sharedFixture } from '../sharedFixture';
import type { DraftChanges } from '../../electron/shared/model/draft';

/** The reference article, beside the repository: ../shared/fixtures/seed-article.md. */
export const seedArticlePath = sharedFixture('seed-article.md');

type Block = { type: string; attrs?: Record<string, string | number>; content?: { type: 'text'; text: string }[] };

function frontMatter(lines: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of lines) {
    const match = /^(\w+):\s*(.*)$/.exec(line);
    if (match?.[1]) values[match[1]] = match[2] ?? '';
  }
  return values;
}

function block(paragraph: string): Block {
  const text = (value: string) => [{ type: 'text' as const, text: value }];
  if (paragraph.startsWith('## ')) return { type: 'heading', attrs: { level: 2 }, content: text(paragraph.slice(3)) };
  if (paragraph === '- Advertisement -') return { type: 'adSlot', attrs: { format: 'inline', placement: 'manual' } };
  const related = /^Also Read: \[(.+)\]\((https?:\/\/\S+)\)$/.exec(paragraph);
  if (related?.[1] && related[2]) return { type: 'relatedLink', attrs: { href: related[2], title: related[1], label: 'Also Read:' } };
  return { type: 'paragraph', content: text(paragraph) };
}

/**
 * The seed article as a draft's fields and body, read simply: front matter keys, paragraphs,
 * `##` subheadings, ad lines and the "Also Read:" line. The dateline opens the first paragraph.
 * Throws when the fixture is missing: the spec must fail, not skip.
 */
export function readSeedArticle(): DraftChanges {
  const source = readFileSync(seedArticlePath, 'utf8');
  const [, header = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  if (header === '') throw new Error(`${seedArticlePath} has no front matter.`);
  const meta = frontMatter(header.split('\n'));
  const paragraphs = body.split(/\n\s*\n/).map((part) => part.trim()).filter((part) => part !== '');
  const [first = '', ...rest] = paragraphs;
  const dateline = /^([A-Z][A-Z .-]+):\s/.exec(first);
  const blocks = [block(dateline ? first.slice(dateline[0].length) : first), ...rest.map(block)];
  return {
    headline: meta.headline ?? '',
    dek: meta.dek ?? '',
    kicker: meta.kicker ?? '',
    authorName: meta.author ?? '',
    authorBio: meta.authorBio ?? '',
    section: meta.section ?? '',
    tags: (meta.tags ?? '').replace(/^\[|\]$/g, '').split(',').map((tag) => tag.trim()).filter((tag) => tag !== ''),
    dateline: dateline?.[1] ?? '',
    body: { type: 'doc', content: blocks },
  };
}
