import { closeHistory } from '@tiptap/pm/history';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { StoredPicture } from '../../images/StoredPicture';
import { useImageInfo } from '../../images/useImageInfo';
import { NodeCard } from './NodeCard';
import '../../images/images.css';

type FieldName = 'caption' | 'credit' | 'alt';

const fieldLabels: Record<FieldName, string> = { caption: 'Caption', credit: 'Credit', alt: 'Alt text' };
const fieldHints: Record<FieldName, string> = {
  caption: 'What the picture shows, for every reader',
  credit: 'Photographer or agency, e.g. Ana Ruiz/Reuters',
  alt: 'Describe the picture for readers who cannot see it',
};
const fieldLimits: Record<FieldName, number> = { caption: 2000, credit: 300, alt: 500 };

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * A photo in the body: the stored picture (through the app's protocol), its caption, credit and alt
 * text edited in place, a note of what was stripped from the file, and the card's Move and Delete.
 */
export function FigureView({ node, editor, getPos, selected }: ReactNodeViewProps) {
  const id = text(node.attrs.image);
  const picture = useImageInfo(id);
  const info = picture.info;
  const baseId = useId();
  const width = typeof node.attrs.width === 'number' ? node.attrs.width : undefined;
  const height = typeof node.attrs.height === 'number' ? node.attrs.height : undefined;
  const alt = text(node.attrs.alt);
  const handleFocusField = () => {
    // Editing a field starts its own undo step, apart from the typing before it.
    editor.view.dispatch(closeHistory(editor.state.tr));
  };
  const handleChange = (field: FieldName, value: string) => {
    const position = getPos();
    if (position === undefined) return;
    editor.view.dispatch(editor.state.tr.setNodeMarkup(position, undefined, { ...node.attrs, [field]: value.slice(0, fieldLimits[field]) }));
  };
  const removed = info?.removed ?? [];
  return (
    <NodeViewWrapper className="node-card-wrapper" data-image-id={id}>
      <NodeCard editor={editor} getPos={getPos} name={`Picture${alt ? `, ${alt}` : ''}`} kind="figure" selected={selected} alwaysDrawn>
        <figure className="figure-card">
          <StoredPicture id={id} state={picture} width={1024} alt={alt} className="figure-card__image" size={{ width, height }} />
          <div className="figure-card__fields">
            {(['caption', 'credit', 'alt'] as const).map((field) => {
              const inputId = `${baseId}-${field}`;
              const value = text(node.attrs[field]);
              return (
                <div key={field} className={`figure-card__field${field === 'alt' && value.trim() === '' ? ' figure-card__field--missing' : ''}`}>
                  <label htmlFor={inputId}>{fieldLabels[field]}</label>
                  {field === 'caption' ? (
                    <textarea id={inputId} rows={2} value={value} maxLength={fieldLimits[field]} placeholder={fieldHints[field]} onFocus={handleFocusField} onChange={(event) => handleChange(field, event.target.value)} />
                  ) : (
                    <input id={inputId} value={value} maxLength={fieldLimits[field]} placeholder={fieldHints[field]} onFocus={handleFocusField} onChange={(event) => handleChange(field, event.target.value)} />
                  )}
                </div>
              );
            })}
            {removed.length > 0 ? <p className="figure-card__note">Removed for privacy: {removed.join(', ')}.</p> : null}
          </div>
        </figure>
      </NodeCard>
    </NodeViewWrapper>
  );
}
