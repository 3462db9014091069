/** A block of editor JSON, as loosely as the fixtures need. */
export type Block = Record<string, unknown>;

function paragraph(text: string): Block {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function blockFromCopy(chunk: string): Block {
  if (chunk.startsWith('## ')) return { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: chunk.slice(3) }] };
  if (/^-?\s*advertisement\s*-?$/i.test(chunk)) return { type: 'adSlot', attrs: { format: 'inline', placement: 'manual', slot: null, size: null } };
  const related = /^Also Read:\s*\[(.+)\]\((.+)\)$/.exec(chunk);
  if (related) return { type: 'relatedLink', attrs: { href: related[2], title: related[1], label: 'Also Read:' } };
  return paragraph(chunk);
}

/**
 * The seed article's body as editor JSON, built from the Markdown's line conventions (a test fixture,
 * not the importer): paragraphs, `##` subheadings, `- Advertisement -` ads, the `Also Read:` link.
 * Pure, so DOM tests can use it on the text of the Markdown file.
 */
export function seedArticleBodyFrom(markdown: string, options: { withAds: boolean } = { withAds: true }): { type: 'doc'; content: Block[] } {
  const copy = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const blocks = copy
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => blockFromCopy(chunk));
  return { type: 'doc', content: options.withAds ? blocks : blocks.filter((block) => block.type !== 'adSlot') };
}
