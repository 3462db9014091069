import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false });

/** `- Advertisement -`, `Advertisement`, `-- ADVERTISEMENT --`: an ad slot on a line of its own. */
export const AD_LINE = /^\s*[-–—]*\s*advertisement\s*[-–—]*\s*$/i;

/**
 * Renders Markdown to HTML. Ad lines become a paragraph of their own first (Markdown would read
 * `- Advertisement -` as a list). Raw HTML is rendered as it is here and cleaned with everything else.
 */
export function markdownToHtml(source: string): string {
  const lines = source.split('\n').flatMap((line) => (AD_LINE.test(line) ? ['', 'Advertisement', ''] : [line]));
  return markdown.render(lines.join('\n'));
}
