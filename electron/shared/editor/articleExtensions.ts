import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { CommentMark } from './marks/comment';
import { AdSlot } from './nodes/adSlot';
import { BlockEmbeds } from './nodes/blockEmbed';
import { Figure } from './nodes/figure';
import { RelatedLink } from './nodes/relatedLink';
import { safeUrl } from './safeUrl';
import { suggestionMarks } from './suggestions/suggestionMarks';

export type ArticleExtensionOptions = {
  /** `editor` for the editing surface, `export` for the website's markup. */
  output: 'editor' | 'export';
  /** Ad format ids the site knows (from site settings). */
  adFormats?: string[];
  /** Related-link labels the site uses (from site settings). */
  relatedLabels?: string[];
  /** ProseMirror's own undo history; off where Collaboration brings Yjs's undo manager. */
  undoRedo?: boolean;
};

/**
 * The article schema: the one extension list the editor, import and export all use, so what the
 * reporter sees is what the website gets. Blocks: paragraph, h2, h3, blockquote, lists, ad slot,
 * related link, figure. Inline: bold, italic, link, hard break. Paragraphs, headings and list items
 * carry `dir="auto"`, in the editor and in the export. Suggested edits: insertion, deletion and
 * modification marks, and the comment mark (the export writes none of them).
 */
export function articleExtensions(options: ArticleExtensionOptions): AnyExtension[] {
  return [
    StarterKit.configure({
      // Each block takes its direction from its own text: an Arabic quote in an English story, or the reverse.
      paragraph: { HTMLAttributes: { dir: 'auto' } },
      heading: { levels: [2, 3], HTMLAttributes: { dir: 'auto' } },
      listItem: { HTMLAttributes: { dir: 'auto' } },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      trailingNode: false,
      ...(options.undoRedo === false ? { undoRedo: false as const } : {}),
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        protocols: ['mailto', 'tel'],
        defaultProtocol: 'https',
        isAllowedUri: (url) => safeUrl(url, 'link') !== null,
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
    AdSlot.configure({ output: options.output, ...(options.adFormats ? { formats: options.adFormats } : {}) }),
    RelatedLink.configure(options.relatedLabels ? { labels: options.relatedLabels } : {}),
    BlockEmbeds,
    Figure.configure({ output: options.output }),
    ...suggestionMarks,
    CommentMark,
  ];
}
