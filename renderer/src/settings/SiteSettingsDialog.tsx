import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { SiteSettings } from '../../../electron/shared/model/settings';
import { AdFormatsFields } from './AdFormatsFields';
import { AdRulesFields } from './AdRulesFields';
import { CatalogSettings } from './CatalogSettings';
import { YourNameSettings } from '../review/YourNameSettings';
import { closeSiteSettings, useSiteSettingsOpen } from './settingsDialogStore';
import { saveSiteSettings, useSiteSettings } from './siteSettingsStore';
import '../inserters/inserters.css';

type TextKey = 'siteName' | 'baseUrl' | 'publisherName' | 'publisherLogoUrl' | 'defaultLanguage';
const textFields: { key: TextKey; label: string; placeholder?: string }[] = [
  { key: 'siteName', label: 'Site name' },
  { key: 'baseUrl', label: 'Base URL', placeholder: 'https://news.example.com' },
  { key: 'publisherName', label: 'Publisher name' },
  { key: 'publisherLogoUrl', label: 'Publisher logo URL', placeholder: 'https://…/logo.png' },
  { key: 'defaultLanguage', label: 'Default language', placeholder: 'en' },
];

function SettingsForm({ initial }: { initial: SiteSettings }) {
  const [form, setForm] = useState<SiteSettings>(initial);
  const [labelsText, setLabelsText] = useState(initial.relatedLabels.join('\n'));
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const relatedLabels = labelsText.split('\n').map((label) => label.trim()).filter((label) => label !== '');
    const error = await saveSiteSettings({ ...form, relatedLabels });
    setMessage(error === null ? { kind: 'done', text: 'Settings saved.' } : { kind: 'error', text: error });
  };

  return (
    <form className="settings" onSubmit={(event) => void handleSubmit(event)}>
      <fieldset className="settings__fieldset">
        <legend>Website (used by export)</legend>
        {textFields.map(({ key, label, placeholder }, index) => (
          <label key={key} className="settings__text">
            {label}
            <input ref={index === 0 ? first : undefined} className="input" value={form[key]} placeholder={placeholder} onChange={(event) => setForm({ ...form, [key]: event.target.value })} />
          </label>
        ))}
      </fieldset>
      <AdFormatsFields formats={form.adFormats} onChange={(adFormats) => setForm({ ...form, adFormats })} />
      <AdRulesFields rules={form.adRules} formats={form.adFormats} onChange={(adRules) => setForm({ ...form, adRules })} />
      <fieldset className="settings__fieldset">
        <legend>Related links</legend>
        <label className="settings__text">
          Related-link labels (one per line; the first is the default)
          <textarea className="input" rows={3} value={labelsText} onChange={(event) => setLabelsText(event.target.value)} />
        </label>
      </fieldset>
      {message ? <p className={`hint${message.kind === 'error' ? ' hint--error' : ''}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</p> : null}
      <div className="modal__buttons">
        <button type="submit" className="button button--primary">
          Save settings
        </button>
      </div>
    </form>
  );
}

/** The "Site settings" dialog: website details, ad formats and rules, related-link labels, the catalog. */
export function SiteSettingsDialog() {
  const open = useSiteSettingsOpen();
  const settings = useSiteSettings();
  const titleId = useId();
  if (!open) return null;
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') closeSiteSettings();
  };
  return (
    <div className="modal-backdrop">
      <div className="modal settings-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={handleKeyDown}>
        <h2 id={titleId} className="modal__title">Site settings</h2>
        <SettingsForm initial={settings} />
        <CatalogSettings />
        <YourNameSettings />
        <div className="modal__buttons">
          <button type="button" className="button" onClick={closeSiteSettings}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
