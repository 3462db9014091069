import { Node } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';

export const adPlacements = ['manual', 'auto'] as const;
export type AdPlacement = (typeof adPlacements)[number];

const FORMAT_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
const SLOT_PATTERN = /^ad-[1-9][0-9]{0,3}$/;
const SIZE_PATTERN = /^(\d{1,4}x\d{1,4}|fluid)$/;

export type AdSlotOptions = {
  /** Format ids the site's ad server knows; anything else falls back to the first. */
  formats: string[];
  /** `editor` keeps placement bookkeeping; `export` writes the contract's markup only. */
  output: 'editor' | 'export';
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    adSlot: {
      /** Inserts an ad slot at the cursor (a hand-placed one unless told otherwise). */
      insertAdSlot: (attributes?: { format?: string; placement?: AdPlacement }) => ReturnType;
      /** Changes the format of the selected ad slot. */
      setAdSlotFormat: (format: string) => ReturnType;
    };
  }
}

/** Returns the format when the site knows it, else the site's first format. */
export function checkedAdFormat(value: unknown, formats: readonly string[]): string {
  const fallback = formats[0] ?? 'inline';
  return typeof value === 'string' && FORMAT_PATTERN.test(value) && formats.includes(value) ? value : fallback;
}

function checkedPlacement(value: unknown): AdPlacement {
  return value === 'auto' ? 'auto' : 'manual';
}

/** The attributes as they will be written, every one checked again. */
export function adSlotHtmlAttributes(attrs: Record<string, unknown>, options: AdSlotOptions): Record<string, string> {
  const format = checkedAdFormat(attrs.format, options.formats);
  if (options.output === 'editor') {
    return { class: 'nd-ad', 'data-ad-format': format, 'data-ad-placement': checkedPlacement(attrs.placement) };
  }
  const html: Record<string, string> = { class: 'nd-ad' };
  if (typeof attrs.slot === 'string' && SLOT_PATTERN.test(attrs.slot)) html['data-ad-slot'] = attrs.slot;
  html['data-ad-format'] = format;
  if (typeof attrs.size === 'string' && SIZE_PATTERN.test(attrs.size)) html['data-ad-size'] = attrs.size;
  return html;
}

/** An advertisement slot between blocks of the body: an atom the ad server fills on the website. */
export const AdSlot = Node.create<AdSlotOptions>({
  name: 'adSlot',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { formats: ['inline', 'leaderboard', 'native'], output: 'editor' };
  },

  addAttributes() {
    return {
      format: {
        default: 'inline',
        parseHTML: (element) => checkedAdFormat(element.getAttribute('data-ad-format'), this.options.formats),
        rendered: false,
      },
      placement: {
        default: 'manual',
        parseHTML: (element) => checkedPlacement(element.getAttribute('data-ad-placement')),
        rendered: false,
      },
      slot: { default: null, parseHTML: () => null, rendered: false },
      size: { default: null, parseHTML: () => null, rendered: false },
    };
  },

  parseHTML() {
    return [{ tag: 'div.nd-ad' }, { tag: 'div[data-ad-format]' }];
  },

  renderHTML({ node }) {
    return ['div', adSlotHtmlAttributes(node.attrs, this.options), ['span', { class: 'nd-ad-label' }, 'Advertisement']];
  },

  addCommands() {
    return {
      insertAdSlot:
        (attributes = {}) =>
        ({ commands, tr }) => {
          // An insert or a change of the card is its own undo step, however quickly the next comes.
          closeHistory(tr);
          const format = attributes.format ?? this.options.formats[0] ?? 'inline';
          if (!this.options.formats.includes(format)) return false;
          return commands.insertContent({
            type: this.name,
            attrs: { format, placement: checkedPlacement(attributes.placement) },
          });
        },
      setAdSlotFormat:
        (format) =>
        ({ commands, tr }) => {
          // An insert or a change of the card is its own undo step, however quickly the next comes.
          closeHistory(tr);
          if (!this.options.formats.includes(format)) return false;
          return commands.updateAttributes(this.name, { format });
        },
    };
  },
});
