import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { useAdWarnings } from '../../inserters/adWarningsExtension';
import { useSiteSettings } from '../../settings/siteSettingsStore';
import { NodeCard } from './NodeCard';

/** An ad slot in the body: an "Advertisement" card with its format and size, and a warning when a rule is broken. */
export function AdSlotView({ node, editor, getPos, selected }: ReactNodeViewProps) {
  const settings = useSiteSettings();
  const formatId = typeof node.attrs.format === 'string' ? node.attrs.format : 'inline';
  const format = settings.adFormats.find((candidate) => candidate.id === formatId);
  const warnings = useAdWarnings(editor, getPos);
  const selectId = useId();
  const warningId = useId();
  const automatic = node.attrs.placement === 'auto';
  const changeFormat = (next: string) => {
    const position = getPos();
    if (position !== undefined) editor.commands.setAdSlotFormat(next, position);
  };
  const warning =
    warnings.length > 0 ? (
      <ul className="node-card__warning" id={warningId} aria-label="Placement warnings">
        {warnings.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    ) : undefined;
  return (
    <NodeViewWrapper className="node-card-wrapper" data-ad-format={formatId}>
      <NodeCard
        editor={editor}
        getPos={getPos}
        name={`Advertisement, ${formatId}`}
        kind="ad"
        selected={selected}
        warning={warning}
        actions={
          <span className="node-card__field">
            <label htmlFor={selectId}>Format</label>
            <select id={selectId} value={formatId} onChange={(event) => changeFormat(event.target.value)}>
              {settings.adFormats.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label} ({candidate.size})
                </option>
              ))}
              {format === undefined ? <option value={formatId}>{formatId} (not in the site settings)</option> : null}
            </select>
          </span>
        }
      >
        <span className="node-card__kind">Advertisement</span>
        <span className="node-card__detail">
          {format?.label ?? formatId} · {format?.size ?? 'size unknown'}
          {automatic ? ' · placed automatically' : ''}
        </span>
      </NodeCard>
    </NodeViewWrapper>
  );
}
