import type { AdFormat } from '../../../electron/shared/model/settings';
import { FieldError, problemProps } from './FieldError';

export type AdFormatsFieldsProps = { formats: AdFormat[]; problems: ReadonlyMap<string, string>; onChange: (formats: AdFormat[]) => void };

/** The site's ad formats as editable rows: id (what the ad server reads), label and size. */
export function AdFormatsFields({ formats, problems, onChange }: AdFormatsFieldsProps) {
  const change = (index: number, changes: Partial<AdFormat>) => onChange(formats.map((format, at) => (at === index ? { ...format, ...changes } : format)));
  const field = (index: number, key: keyof AdFormat) => `adFormats.${index}.${key}`;
  return (
    <fieldset className="settings__fieldset">
      <legend>Ad formats</legend>
      <FieldError field="adFormats" problems={problems} />
      {formats.map((format, index) => (
        <div className="settings__row" key={index}>
          <div className="settings__field">
            <label>
              Format id
              <input className="input" value={format.id} {...problemProps(field(index, 'id'), problems)} onChange={(event) => change(index, { id: event.target.value })} />
            </label>
            <FieldError field={field(index, 'id')} problems={problems} />
          </div>
          <div className="settings__field">
            <label>
              Format label
              <input className="input" value={format.label} {...problemProps(field(index, 'label'), problems)} onChange={(event) => change(index, { label: event.target.value })} />
            </label>
            <FieldError field={field(index, 'label')} problems={problems} />
          </div>
          <div className="settings__field">
            <label>
              Size
              <input className="input" value={format.size} placeholder="300x250 or fluid" {...problemProps(field(index, 'size'), problems)} onChange={(event) => change(index, { size: event.target.value })} />
            </label>
            <FieldError field={field(index, 'size')} problems={problems} />
          </div>
          <button type="button" className="button button--quiet" aria-label={`Remove format ${format.id || index + 1}`} disabled={formats.length === 1} onClick={() => onChange(formats.filter((_, at) => at !== index))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button" onClick={() => onChange([...formats, { id: '', label: '', size: '300x250' }])}>
        Add format
      </button>
    </fieldset>
  );
}
