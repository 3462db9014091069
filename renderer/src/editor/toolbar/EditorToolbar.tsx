import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, type ReactNode } from 'react';
import { Icon, type IconName } from '../../ui/Icon';
import { SlashCommandMenu } from '../SlashCommandMenu';
import { ToolbarReportLine } from './ToolbarReportLine';
import { toolbarState } from './toolbarState';
import { useRovingToolbar } from './useRovingToolbar';
import './toolbar.css';

export type EditorToolbarProps = {
  editor: Editor;
  onLink: () => void;
  /** More groups after the formatting ones (inserters such as ad slots and related links). */
  extraGroups?: ReactNode;
};

type ToolProps = {
  /** The accessible name; it starts with the visible text, when there is text (WCAG 2.5.3). */
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  icon?: IconName;
  text?: string;
  onRun: () => void;
};

/**
 * A toolbar button: keeps the body's selection (no focus theft on mouse down), names itself for
 * screen readers, and stays focusable when it cannot act (aria-disabled), so the toolbar's focus
 * never drops to nothing when Undo runs out.
 */
export function ToolButton({ label, shortcut, pressed, disabled, icon, text, onRun }: ToolProps) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      aria-disabled={disabled ? 'true' : undefined}
      title={shortcut ? `${label} (${shortcut.replace('Control', 'Ctrl')})` : label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onRun();
      }}
    >
      {icon ? <Icon name={icon} /> : <span className="tool__text">{text}</span>}
    </button>
  );
}

/**
 * The body's formatting toolbar, above the text (one tab stop, arrow keys inside); every button
 * says whether it is on. Below it, the line where its actions report, and the `/` command menu.
 */
export function EditorToolbar({ editor, onLink, extraGroups }: EditorToolbarProps) {
  const state = useEditorState({ editor, selector: ({ editor: current }) => toolbarState(current) });
  const chain = () => editor.chain().focus();
  const toolbar = useRef<HTMLDivElement>(null);
  const roving = useRovingToolbar(toolbar);

  return (
    <>
      <div ref={toolbar} className="toolbar" role="toolbar" aria-label="Formatting" onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        <div className="toolbar__group">
          <ToolButton label="Bold" shortcut="Control+B" text="B" pressed={state.bold} onRun={() => chain().toggleBold().run()} />
          <ToolButton label="Italic" shortcut="Control+I" text="I" pressed={state.italic} onRun={() => chain().toggleItalic().run()} />
          <ToolButton label="Link" shortcut="Control+K" icon="link" pressed={state.link} onRun={onLink} />
        </div>
        <div className="toolbar__group">
          <ToolButton label="H2 heading" shortcut="Control+Alt+2" text="H2" pressed={state.heading2} onRun={() => chain().toggleHeading({ level: 2 }).run()} />
          <ToolButton label="H3 heading" shortcut="Control+Alt+3" text="H3" pressed={state.heading3} onRun={() => chain().toggleHeading({ level: 3 }).run()} />
          <ToolButton label="Quote" shortcut="Control+Shift+B" icon="quote" pressed={state.quote} onRun={() => chain().toggleBlockquote().run()} />
          <ToolButton label="Bulleted list" shortcut="Control+Shift+8" icon="bulletList" pressed={state.bulletList} onRun={() => chain().toggleBulletList().run()} />
          <ToolButton label="Numbered list" shortcut="Control+Shift+7" icon="numberedList" pressed={state.orderedList} onRun={() => chain().toggleOrderedList().run()} />
        </div>
        <div className="toolbar__group">
          <ToolButton label="Undo" shortcut="Control+Z" icon="undo" disabled={!state.canUndo} onRun={() => chain().undo().run()} />
          <ToolButton label="Redo" shortcut="Control+Shift+Z" icon="redo" disabled={!state.canRedo} onRun={() => chain().redo().run()} />
        </div>
        {extraGroups}
      </div>
      <ToolbarReportLine editor={editor} />
      <SlashCommandMenu editor={editor} />
    </>
  );
}
