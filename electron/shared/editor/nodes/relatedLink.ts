import { Node } from '@tiptap/core';
import { safeUrl } from '../safeUrl';
import { asOwnUndoStep, embedAt, insertBlockEmbed } from './blockEmbed';

export const MAX_RELATED_TITLE = 300;
const MAX_LABEL = 40;

export type RelatedLinkOptions = {
  /** Labels the site uses; the first is the default (`Also Read:`). */
  labels: string[];
};

type RelatedLinkAttributes = {
  /** An http(s) URL or a site-relative path; empty while unresolved. */
  href: string;
  /** The linked article's headline. */
  title: string;
  label: string;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    relatedLink: {
      /**
       * Inserts an "Also Read:" link at the cursor, never over a selection, and leaves the caret in
       * the paragraph after it; refused when the URL is not a web page.
       */
      insertRelatedLink: (attributes: { href: string; title: string; label?: string }) => ReturnType;
      /** Replaces the target, title or label of the related link at `position`, or of the selected one. */
      updateRelatedLink: (attributes: { href: string; title: string; label?: string }, position?: number) => ReturnType;
    };
  }
}

/** Trims and caps a headline; collapses white space. */
export function checkedRelatedTitle(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.replace(/\s+/g, ' ').trim().slice(0, MAX_RELATED_TITLE);
}

/** Returns the label when it is short, else the site's default label. */
export function checkedRelatedLabel(value: unknown, labels: readonly string[]): string {
  const fallback = labels[0] ?? 'Also Read:';
  if (typeof value !== 'string') return fallback;
  const label = value.replace(/\s+/g, ' ').trim();
  return label !== '' && label.length <= MAX_LABEL ? label : fallback;
}

function checkedAttributes(attributes: { href: string; title: string; label?: string }, labels: readonly string[]): RelatedLinkAttributes | null {
  const href = safeUrl(attributes.href, 'related');
  const title = checkedRelatedTitle(attributes.title);
  if (href === null || title === '') return null;
  return { href, title, label: checkedRelatedLabel(attributes.label, labels) };
}

/** A link to another article, set apart from the copy: "Also Read: <headline>". */
export const RelatedLink = Node.create<RelatedLinkOptions>({
  name: 'relatedLink',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { labels: ['Also Read:', 'Related:', 'Read more:'] };
  },

  addAttributes() {
    return {
      href: {
        default: '',
        parseHTML: (element) => safeUrl(element.querySelector('a')?.getAttribute('href'), 'related') ?? '',
        rendered: false,
      },
      title: {
        default: '',
        parseHTML: (element) => checkedRelatedTitle(element.querySelector('a')?.textContent ?? ''),
        rendered: false,
      },
      label: {
        default: 'Also Read:',
        parseHTML: (element) => checkedRelatedLabel(element.querySelector('.nd-related-label')?.textContent, this.options.labels),
        rendered: false,
      },
    };
  },

  parseHTML() {
    return [{ tag: 'aside.nd-related' }];
  },

  renderHTML({ node }) {
    const href = safeUrl(node.attrs.href, 'related');
    const label = checkedRelatedLabel(node.attrs.label, this.options.labels);
    const title = checkedRelatedTitle(node.attrs.title);
    return [
      'aside',
      { class: 'nd-related' },
      ['span', { class: 'nd-related-label' }, label],
      // The headline may be in another script than the label: isolated, it keeps its own direction.
      ['a', href === null ? { dir: 'auto' } : { href, dir: 'auto' }, title],
    ];
  },

  addCommands() {
    return {
      insertRelatedLink:
        (attributes) =>
        ({ tr }) => {
          const attrs = checkedAttributes(attributes, this.options.labels);
          return attrs !== null && insertBlockEmbed(tr, this.type.create(attrs));
        },
      updateRelatedLink:
        (attributes, position) =>
        ({ tr }) => {
          const attrs = checkedAttributes(attributes, this.options.labels);
          const link = embedAt(tr, this.type, position);
          if (attrs === null || link === null) return false;
          asOwnUndoStep(tr.setNodeMarkup(link.position, undefined, attrs));
          return true;
        },
    };
  },
});
