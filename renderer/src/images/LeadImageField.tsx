import { useState } from 'react';
import type { PlacedImage } from '../../../electron/shared/model/image';
import { request } from '../api/request';
import { StoredPicture } from './StoredPicture';
import { useImageInfo } from './useImageInfo';
import './images.css';

export type LeadImageFieldProps = {
  id: string;
  value: PlacedImage | null;
  onChange: (value: PlacedImage | null) => void;
};

const textFields = [
  { key: 'alt', label: 'Alt text', max: 500, hint: 'Describe the picture for readers who cannot see it' },
  { key: 'caption', label: 'Caption', max: 2000, hint: 'What the picture shows' },
  { key: 'credit', label: 'Credit', max: 300, hint: 'Photographer or agency' },
] as const;

/**
 * The article's lead image (above the story, and the picture of its social cards): chosen with the
 * native open dialog, with its alt text, caption and credit; replaced or removed in one click.
 */
export function LeadImageField({ id, value, onChange }: LeadImageFieldProps) {
  const [error, setError] = useState<string | null>(null);
  const picture = useImageInfo(value?.id ?? '');
  const info = picture.info;
  const handleChoose = async () => {
    setError(null);
    const result = await request((api) => api.images.choose({}));
    if (!result.ok) return setError(result.error.message);
    const image = result.value;
    if (image === null) return undefined;
    onChange({ id: image.id, alt: value?.alt ?? '', caption: value?.caption || image.caption, credit: value?.credit || image.credit });
    return undefined;
  };
  const chooseButton = (
    <button type="button" id={value === null ? `${id}-choose` : undefined} className="node-card__button" onClick={() => void handleChoose()}>
      {value === null ? 'Choose lead image…' : 'Replace…'}
    </button>
  );
  return (
    <div id={id} className="lead-image">
      {value === null ? (
        chooseButton
      ) : (
        <>
          <StoredPicture id={value.id} state={picture} width={640} alt={value.alt} className="lead-image__picture" />
          <div className="lead-image__fields figure-card__fields">
            {textFields.map((field) => (
              <div key={field.key} className={`figure-card__field${field.key === 'alt' && value.alt.trim() === '' ? ' figure-card__field--missing' : ''}`}>
                <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
                <input id={`${id}-${field.key}`} value={value[field.key]} maxLength={field.max} placeholder={field.hint} onChange={(event) => onChange({ ...value, [field.key]: event.target.value })} />
              </div>
            ))}
            {info && info.removed.length > 0 ? <p className="figure-card__note">Removed for privacy: {info.removed.join(', ')}.</p> : null}
            <div className="node-card__actions">
              {chooseButton}
              <button type="button" className="node-card__button node-card__button--danger" onClick={() => onChange(null)}>
                Remove lead image
              </button>
            </div>
          </div>
        </>
      )}
      {error ? (
        <p className="image-notice image-notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
