import { Extension, type ChainedCommands, type Editor } from '@tiptap/core';
import { chooseAndInsertImage } from '../images/insertImages';

/** Block commands typed alone in a paragraph and run with Enter: `/h2`, `/quote`, `/list`, ... */
export const slashCommands: Record<string, (chain: ChainedCommands) => ChainedCommands> = {
  '/h2': (chain) => chain.setHeading({ level: 2 }),
  '/h3': (chain) => chain.setHeading({ level: 3 }),
  '/quote': (chain) => chain.setBlockquote(),
  '/list': (chain) => chain.toggleBulletList(),
  '/bullets': (chain) => chain.toggleBulletList(),
  '/numbered': (chain) => chain.toggleOrderedList(),
  '/image': (chain) =>
    chain.command(({ editor }) => {
      void chooseAndInsertImage(editor);
      return true;
    }),
};

function runSlashCommand(editor: Editor): boolean {
  const { $from, empty } = editor.state.selection;
  if (!empty || $from.parent.type.name !== 'paragraph' || $from.parentOffset !== $from.parent.content.size) return false;
  const command = slashCommands[$from.parent.textContent.trim().toLowerCase()];
  if (!command) return false;
  return command(editor.chain().deleteRange({ from: $from.start(), to: $from.end() })).run();
}

/**
 * Slash commands for the body: type `/h2`, `/h3`, `/quote`, `/list` or `/numbered` on an empty line
 * and press Enter to turn the line into that block. Other `/` words are left to other features.
 */
export const SlashCommands = Extension.create({
  name: 'slashCommands',

  addKeyboardShortcuts() {
    return { Enter: () => runSlashCommand(this.editor) };
  },
});
