import type { AdFormat, AdRules } from '../../../electron/shared/model/settings';
import { FieldError, problemProps } from './FieldError';

export type AdRulesFieldsProps = { rules: AdRules; formats: AdFormat[]; problems: ReadonlyMap<string, string>; onChange: (rules: AdRules) => void };

const numberFields: { key: Exclude<keyof AdRules, 'defaultFormat'>; label: string }[] = [
  { key: 'firstAfterParagraph', label: 'First ad after paragraph' },
  { key: 'minParagraphsBetween', label: 'Paragraphs between ads (at least)' },
  { key: 'wordsPerAd', label: 'Words per ad (at least)' },
  { key: 'maxAds', label: 'Most ads in an article' },
];

/** Where "Place ads automatically" puts ads, and what hand-placed ads are checked against. */
export function AdRulesFields({ rules, formats, problems, onChange }: AdRulesFieldsProps) {
  return (
    <fieldset className="settings__fieldset">
      <legend>Ad placement rules</legend>
      {numberFields.map(({ key, label }) => (
        <div className="settings__field settings__number" key={key}>
          <label>
            {label}
            <input className="input" type="number" min={0} step={1} value={Number.isNaN(rules[key]) ? '' : rules[key]} {...problemProps(`adRules.${key}`, problems)} onChange={(event) => onChange({ ...rules, [key]: event.target.valueAsNumber })} />
          </label>
          <FieldError field={`adRules.${key}`} problems={problems} />
        </div>
      ))}
      <div className="settings__field settings__number">
        <label>
          Default format
          <select className="input" value={rules.defaultFormat} {...problemProps('adRules.defaultFormat', problems)} onChange={(event) => onChange({ ...rules, defaultFormat: event.target.value })}>
            {formats.map((format, index) => (
              <option key={index} value={format.id}>
                {format.label || format.id}
              </option>
            ))}
          </select>
        </label>
        <FieldError field="adRules.defaultFormat" problems={problems} />
      </div>
      <p className="hint">Ads never open or end an article, nor sit next to a heading, a quote, a related link or another ad.</p>
    </fieldset>
  );
}
