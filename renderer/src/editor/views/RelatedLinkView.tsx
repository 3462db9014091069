import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { openRelatedDialog } from '../../inserters/relatedDialogStore';
import { NodeCard } from './NodeCard';

/** A related link in the body: "Also Read: <headline>", with its address, Edit reopening the dialog. */
export function RelatedLinkView({ node, editor, getPos, selected }: ReactNodeViewProps) {
  const label = typeof node.attrs.label === 'string' ? node.attrs.label : 'Also Read:';
  const title = typeof node.attrs.title === 'string' ? node.attrs.title : '';
  const href = typeof node.attrs.href === 'string' ? node.attrs.href : '';
  const edit = () => {
    const position = getPos();
    if (position !== undefined) openRelatedDialog(position);
  };
  return (
    <NodeViewWrapper className="node-card-wrapper">
      <NodeCard
        editor={editor}
        getPos={getPos}
        name={`${label} ${title}`}
        kind="related"
        selected={selected}
        onActivate={edit}
        warning={href === '' ? <p className="node-card__warning">This link has no address yet: choose the article with Edit.</p> : undefined}
        actions={
          <button type="button" className="node-card__button" onClick={edit}>
            Edit
          </button>
        }
      >
        <span className="node-card__kind">{label}</span> <bdi className="node-card__title">{title || 'Untitled link'}</bdi>
        <span className="node-card__url">{href}</span>
      </NodeCard>
    </NodeViewWrapper>
  );
}
