import type { AdFormat } from '../../../electron/shared/model/settings';

export type AdFormatsFieldsProps = { formats: AdFormat[]; onChange: (formats: AdFormat[]) => void };

/** The site's ad formats as editable rows: id (what the ad server reads), label and size. */
export function AdFormatsFields({ formats, onChange }: AdFormatsFieldsProps) {
  const change = (index: number, changes: Partial<AdFormat>) => onChange(formats.map((format, at) => (at === index ? { ...format, ...changes } : format)));
  return (
    <fieldset className="settings__fieldset">
      <legend>Ad formats</legend>
      {formats.map((format, index) => (
        <div className="settings__row" key={index}>
          <label>
            Format id
            <input className="input" value={format.id} onChange={(event) => change(index, { id: event.target.value })} />
          </label>
          <label>
            Format label
            <input className="input" value={format.label} onChange={(event) => change(index, { label: event.target.value })} />
          </label>
          <label>
            Size
            <input className="input" value={format.size} placeholder="300x250 or fluid" onChange={(event) => change(index, { size: event.target.value })} />
          </label>
          <button type="button" className="button button--quiet" aria-label={`Remove format ${format.id}`} disabled={formats.length === 1} onClick={() => onChange(formats.filter((_, at) => at !== index))}>
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
