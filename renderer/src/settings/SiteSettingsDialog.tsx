import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { SiteSettings } from '../../../electron/shared/model/settings';
import { settingsProblems } from '../../../electron/shared/model/settingsProblems';
import { AdFormatsFields } from './AdFormatsFields';
import { AdRulesFields } from './AdRulesFields';
import { CatalogSettings } from './CatalogSettings';
import { NewsroomServerSettings } from './NewsroomServerSettings';
import { FieldError, problemProps, settingsFieldId } from './FieldError';
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

function candidateOf(form: SiteSettings, labelsText: string): SiteSettings {
  return { ...form, relatedLabels: labelsText.split('\n').map((label) => label.trim()).filter((label) => label !== '') };
}

/**
 * The "Site settings" dialog: website details, ad formats and rules, related-link labels, the
 * catalog. One footer saves or cancels; a problem is named in plain words beside its field; closing
 * with changes not saved asks first.
 */
function SettingsDialog({ initial }: { initial: SiteSettings }) {
  const [form, setForm] = useState<SiteSettings>(initial);
  const [labelsText, setLabelsText] = useState(initial.relatedLabels.join('\n'));
  const [checked, setChecked] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const titleId = useId();
  const formId = useId();
  const first = useRef<HTMLInputElement>(null);
  const keepEditing = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (confirming) keepEditing.current?.focus();
  }, [confirming]);

  const candidate = candidateOf(form, labelsText);
  const dirty = JSON.stringify(candidate) !== JSON.stringify(initial);
  const problemList = useMemo(() => (checked ? settingsProblems(candidate) : []), [checked, candidate]);
  const problems = useMemo(() => new Map(problemList.map((problem) => [problem.field, problem.message])), [problemList]);

  const requestClose = () => {
    if (dirty) setConfirming(true);
    else closeSiteSettings();
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const found = settingsProblems(candidate);
    if (found[0]) {
      document.getElementById(settingsFieldId(found[0].field))?.focus();
      return;
    }
    setSaving(true);
    const error = await saveSiteSettings(candidate);
    setSaving(false);
    if (error === null) closeSiteSettings();
    else setSaveError(error);
  };

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    if (confirming) setConfirming(false);
    else requestClose();
  };

  const setText = (key: TextKey, value: string) => setForm({ ...form, [key]: value });
  return (
    <div className="modal-backdrop">
      <div className="modal settings-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={handleKeyDown}>
        <h2 id={titleId} className="modal__title">
          Site settings
        </h2>
        <div className="settings-dialog__body">
          <form id={formId} className="settings" noValidate onSubmit={(event) => void handleSubmit(event)}>
            <fieldset className="settings__fieldset">
              <legend>Website (used by export)</legend>
              {textFields.map(({ key, label, placeholder }, index) => (
                <div className="settings__field settings__text" key={key}>
                  <label>
                    {label}
                    <input ref={index === 0 ? first : undefined} className="input" value={form[key]} placeholder={placeholder} {...problemProps(key, problems)} onChange={(event) => setText(key, event.target.value)} />
                  </label>
                  <FieldError field={key} problems={problems} />
                </div>
              ))}
            </fieldset>
            <AdFormatsFields formats={form.adFormats} problems={problems} onChange={(adFormats) => setForm({ ...form, adFormats })} />
            <AdRulesFields rules={form.adRules} formats={form.adFormats} problems={problems} onChange={(adRules) => setForm({ ...form, adRules })} />
            <fieldset className="settings__fieldset">
              <legend>Related links</legend>
              <div className="settings__field settings__text">
                <label>
                  Related-link labels (one per line; the first is the default)
                  <textarea className="input" rows={3} value={labelsText} {...problemProps('relatedLabels', problems)} onChange={(event) => setLabelsText(event.target.value)} />
                </label>
                <FieldError field="relatedLabels" problems={problems} />
              </div>
            </fieldset>
          </form>
          <CatalogSettings />
          <NewsroomServerSettings />
          <YourNameSettings />
        </div>
        {confirming ? (
          <div className="modal__footer" role="alert">
            <span className="modal__footer-text">Your changes to the site settings are not saved.</span>
            <button ref={keepEditing} type="button" className="button" onClick={() => setConfirming(false)}>
              Keep editing
            </button>
            <button type="button" className="button button--danger" onClick={closeSiteSettings}>
              Discard changes
            </button>
          </div>
        ) : (
          <div className="modal__footer">
            <span className="modal__footer-text hint hint--error" role="alert">
              {problemList.length > 0 ? `${problemList.length === 1 ? 'One setting needs' : `${problemList.length} settings need`} fixing: each says what under its field.` : (saveError ?? '')}
            </span>
            <button type="button" className="button" onClick={requestClose}>
              Cancel
            </button>
            <button type="submit" form={formId} className="button button--primary" disabled={saving}>
              Save
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

/** The "Site settings" dialog, while open, starting from the settings as saved. */
export function SiteSettingsDialog() {
  const open = useSiteSettingsOpen();
  const settings = useSiteSettings();
  return open ? <SettingsDialog initial={settings} /> : null;
}
