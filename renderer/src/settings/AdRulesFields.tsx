import type { AdFormat, AdRules } from '../../../electron/shared/model/settings';

export type AdRulesFieldsProps = { rules: AdRules; formats: AdFormat[]; onChange: (rules: AdRules) => void };

const numberFields: { key: Exclude<keyof AdRules, 'defaultFormat'>; label: string }[] = [
  { key: 'firstAfterParagraph', label: 'First ad after paragraph' },
  { key: 'minParagraphsBetween', label: 'Paragraphs between ads (at least)' },
  { key: 'wordsPerAd', label: 'Words per ad (at least)' },
  { key: 'maxAds', label: 'Most ads in an article' },
];

/** Where "Place ads automatically" puts ads, and what hand-placed ads are checked against. */
export function AdRulesFields({ rules, formats, onChange }: AdRulesFieldsProps) {
  return (
    <fieldset className="settings__fieldset">
      <legend>Ad placement rules</legend>
      {numberFields.map(({ key, label }) => (
        <label key={key} className="settings__number">
          {label}
          <input className="input" type="number" min={0} value={rules[key]} onChange={(event) => onChange({ ...rules, [key]: Number(event.target.value) })} />
        </label>
      ))}
      <label className="settings__number">
        Default format
        <select className="input" value={rules.defaultFormat} onChange={(event) => onChange({ ...rules, defaultFormat: event.target.value })}>
          {formats.map((format) => (
            <option key={format.id} value={format.id}>
              {format.label || format.id}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">Ads never open or end an article, nor sit next to a heading, a quote, a related link or another ad.</p>
    </fieldset>
  );
}
