import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { AdRules } from '../../../electron/shared/model/settings';
import { chooseAndInsertImage } from '../images/insertImages';
import { insertDefaultAd } from '../inserters/inserterShortcuts';
import { openRelatedDialog } from '../inserters/relatedDialogStore';
import { siteSettingsSnapshot } from '../settings/siteSettingsStore';

/** The `/word` being typed: from the slash to the caret. */
export type SlashRange = { from: number; to: number };

/** A command of the `/` menu: its word, the words it also answers to, and what it does. */
export type SlashCommand = {
  name: string;
  label: string;
  aliases: readonly string[];
  run: (editor: Editor, range: SlashRange, options: SlashCommandOptions) => boolean;
};

export type SlashCommandOptions = {
  /** The ad rules in force (their default format for `/ad`). */
  rules: () => AdRules;
  /** Opens the "Insert related link" dialog. */
  onRelatedLink: () => void;
};

const deleteWord = (editor: Editor, range: SlashRange) => editor.chain().focus().deleteRange(range);

/** Every `/` command, in menu order; each calls the typed commands the toolbar calls. */
export const slashCommands: readonly SlashCommand[] = [
  { name: 'h2', label: 'H2 heading', aliases: ['heading', 'subheading'], run: (editor, range) => deleteWord(editor, range).setHeading({ level: 2 }).run() },
  { name: 'h3', label: 'H3 heading', aliases: ['heading', 'subheading'], run: (editor, range) => deleteWord(editor, range).setHeading({ level: 3 }).run() },
  { name: 'quote', label: 'Quote', aliases: ['blockquote'], run: (editor, range) => deleteWord(editor, range).setBlockquote().run() },
  { name: 'list', label: 'Bulleted list', aliases: ['bullets'], run: (editor, range) => deleteWord(editor, range).toggleBulletList().run() },
  { name: 'numbered', label: 'Numbered list', aliases: ['ordered'], run: (editor, range) => deleteWord(editor, range).toggleOrderedList().run() },
  {
    name: 'ad',
    label: 'Ad slot',
    aliases: ['advertisement'],
    run: (editor, range, options) => deleteWord(editor, range).run() && insertDefaultAd(editor, options.rules()),
  },
  {
    name: 'related',
    label: 'Also Read link',
    aliases: ['also', 'link'],
    run: (editor, range, options) => {
      deleteWord(editor, range).run();
      options.onRelatedLink();
      return true;
    },
  },
  {
    name: 'image',
    label: 'Image',
    aliases: ['picture', 'photo'],
    run: (editor, range) => {
      deleteWord(editor, range).run();
      void chooseAndInsertImage(editor);
      return true;
    },
  },
];

/** The commands whose word, other words or label start with `query`, exact words first. */
export function matchingSlashCommands(query: string): SlashCommand[] {
  const wanted = query.toLowerCase();
  const words = (command: SlashCommand) => [command.name, ...command.aliases, ...command.label.toLowerCase().split(/\s+/)];
  const exact = slashCommands.filter((command) => command.name === wanted || command.aliases.includes(wanted));
  const rest = slashCommands.filter((command) => !exact.includes(command) && words(command).some((word) => word.startsWith(wanted)));
  return [...exact, ...rest];
}

/** The menu as the plugin keeps it: shown or not, where the `/word` is, and the option chosen. */
export type SlashMenuState = { open: boolean; range: SlashRange; query: string; items: SlashCommand[]; index: number; dismissedAt: number | null };

type SlashMenuAction = { move: 1 | -1 } | { choose: number } | { dismiss: true };

const closed: SlashMenuState = { open: false, range: { from: 0, to: 0 }, query: '', items: [], index: 0, dismissedAt: null };

/** The plugin's key, for the menu component to read its state. */
export const slashMenuKey = new PluginKey<SlashMenuState>('slashMenu');

/** `/` at the start of a paragraph or after a space, then letters, up to the caret. */
function findSlashWord(state: EditorState): { range: SlashRange; query: string } | null {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type.name !== 'paragraph') return null;
  const before = $from.parent.textBetween(0, $from.parentOffset, undefined, '\ufffc');
  const match = /(?:^|\s)\/([a-z0-9]{0,20})$/i.exec(before);
  if (match === null) return null;
  const query = match[1] ?? '';
  return { range: { from: $from.pos - query.length - 1, to: $from.pos }, query };
}

function menuAction(value: unknown): SlashMenuAction | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const move: unknown = Reflect.get(value, 'move');
  const choose: unknown = Reflect.get(value, 'choose');
  if (move === 1 || move === -1) return { move };
  if (typeof choose === 'number') return { choose };
  return Reflect.get(value, 'dismiss') === true ? { dismiss: true } : undefined;
}

function nextState(previous: SlashMenuState, transaction: Transaction, state: EditorState): SlashMenuState {
  const action = menuAction(transaction.getMeta(slashMenuKey));
  const word = findSlashWord(state);
  if (word === null) return closed;
  if (action !== undefined && 'dismiss' in action) return { ...closed, dismissedAt: word.range.from };
  const dismissedAt = previous.dismissedAt === word.range.from ? previous.dismissedAt : null;
  const items = matchingSlashCommands(word.query);
  if (dismissedAt !== null || items.length === 0) return { ...closed, dismissedAt };
  const sameWord = previous.open && previous.query === word.query && previous.range.from === word.range.from;
  let index = sameWord ? previous.index : 0;
  if (action !== undefined && 'move' in action) index = (index + action.move + items.length) % items.length;
  if (action !== undefined && 'choose' in action) index = Math.min(Math.max(0, action.choose), items.length - 1);
  return { open: true, range: word.range, query: word.query, items, index, dismissedAt: null };
}

/** The id of option `index` of the menu, for aria-activedescendant. */
export function slashOptionId(index: number): string {
  return `slash-command-option-${index}`;
}

/** The id of the menu's listbox. */
export const slashMenuId = 'slash-command-menu';

/** Chooses option `index` (mouse hover), or runs it. */
export function chooseSlashCommand(editor: Editor, index: number): void {
  editor.view.dispatch(editor.state.tr.setMeta(slashMenuKey, { choose: index }));
}

const optionsByEditor = new WeakMap<Editor, SlashCommandOptions>();

/** Runs option `index` (by default the chosen one) of the open menu; false when the menu is closed. */
export function runSlashCommand(editor: Editor, index?: number): boolean {
  const menu = slashMenuKey.getState(editor.state);
  const command = menu?.open ? menu.items[index ?? menu.index] : undefined;
  const options = optionsByEditor.get(editor);
  if (menu === undefined || command === undefined || options === undefined) return false;
  command.run(editor, menu.range, options);
  return true;
}

/**
 * The `/` commands: typing `/` at the start of a paragraph or after a space opens a menu of the
 * commands (the `SlashCommandMenu` draws it), filtered by the word typed after the slash; arrows
 * choose, Enter runs, Escape (or leaving the body) closes. The editor tells screen readers which option is chosen with
 * aria-activedescendant on the body itself, where the focus stays.
 */
export const SlashCommands = Extension.create<SlashCommandOptions>({
  name: 'slashCommands',
  priority: 200,

  addOptions() {
    return { rules: () => siteSettingsSnapshot().adRules, onRelatedLink: () => openRelatedDialog() };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    optionsByEditor.set(editor, this.options);
    const act = (action: SlashMenuAction) => editor.view.dispatch(editor.state.tr.setMeta(slashMenuKey, action));
    const keys: Record<string, () => boolean> = {
      ArrowDown: () => (act({ move: 1 }), true),
      ArrowUp: () => (act({ move: -1 }), true),
      Enter: () => runSlashCommand(editor),
      Tab: () => runSlashCommand(editor),
      Escape: () => (act({ dismiss: true }), true),
    };
    return [
      new Plugin<SlashMenuState>({
        key: slashMenuKey,
        state: { init: () => closed, apply: (transaction, previous, _old, state) => nextState(previous, transaction, state) },
        props: {
          handleDOMEvents: {
            blur: (view) => {
              if (slashMenuKey.getState(view.state)?.open) view.dispatch(view.state.tr.setMeta(slashMenuKey, { dismiss: true }));
              return false;
            },
          },
          handleKeyDown: (view, event) => {
            const menu = slashMenuKey.getState(view.state);
            const key = keys[event.key];
            if (!menu?.open || key === undefined || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
            return key();
          },
          attributes: (state): Record<string, string> => {
            const menu = slashMenuKey.getState(state);
            return menu?.open ? { 'aria-controls': slashMenuId, 'aria-activedescendant': slashOptionId(menu.index) } : {};
          },
        },
      }),
    ];
  },
});
