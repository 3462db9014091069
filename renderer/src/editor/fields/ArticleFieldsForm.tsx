import type { KeyboardEvent, ReactNode } from 'react';
import { articleFieldLabels } from '../../../../electron/shared/model/review';
import { CharacterCounter } from './CharacterCounter';
import { fieldLimits, type EditableFields } from './editableFields';
import { TagsField } from './TagsField';
import { LeadImageField } from '../../images/LeadImageField';

export type ArticleFieldsFormProps = {
  values: EditableFields;
  onChange: (changes: Partial<EditableFields>) => void;
};

type FieldProps = { id: string; label: string; children: ReactNode; aside?: ReactNode; className?: string };

/** A labelled row in the article's margin grid: label in the margin, control on the page. */
export function Field({ id, label, children, aside, className }: FieldProps) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__control">
        {children}
        {aside}
      </div>
    </div>
  );
}

function moveToNextFieldOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  const fields = [...document.querySelectorAll<HTMLElement>('.article-fields input, .article-fields textarea')];
  fields[fields.indexOf(event.currentTarget) + 1]?.focus();
}

/** Kicker, headline, standfirst, byline, dateline, section, tags and lead image, laid out like the published page. */
export function ArticleFieldsForm({ values, onChange }: ArticleFieldsFormProps) {
  return (
    <div className="article-fields">
      <Field id="field-kicker" label={articleFieldLabels.kicker} className="field--kicker">
        <input id="field-kicker" dir="auto" className="page-input page-input--kicker" value={values.kicker} maxLength={200} placeholder="Kicker" onChange={(event) => onChange({ kicker: event.target.value })} />
      </Field>
      <Field id="field-headline" label={articleFieldLabels.headline} className="field--headline" aside={<CharacterCounter id="count-headline" length={values.headline.length} limit={fieldLimits.headline} />}>
        <textarea
          id="field-headline"
          dir="auto"
          className="page-input page-input--headline"
          value={values.headline}
          maxLength={500}
          rows={1}
          placeholder="Headline"
          aria-describedby="count-headline"
          onKeyDown={moveToNextFieldOnEnter}
          onChange={(event) => onChange({ headline: event.target.value.replace(/\s*\n\s*/g, ' ') })}
        />
      </Field>
      <Field id="field-dek" label={articleFieldLabels.dek} className="field--dek">
        <textarea id="field-dek" dir="auto" className="page-input page-input--dek" value={values.dek} maxLength={2000} rows={1} placeholder="The one or two sentences under the headline" onChange={(event) => onChange({ dek: event.target.value })} />
      </Field>
      <Field id="field-author" label={articleFieldLabels.authorName}>
        <input id="field-author" dir="auto" className="page-input page-input--byline" value={values.authorName} maxLength={200} placeholder="Reporter’s name" onChange={(event) => onChange({ authorName: event.target.value })} />
      </Field>
      <Field id="field-bio" label={articleFieldLabels.authorBio}>
        <textarea id="field-bio" dir="auto" className="page-input page-input--bio" value={values.authorBio} maxLength={2000} rows={1} placeholder="One line about the reporter" onChange={(event) => onChange({ authorBio: event.target.value })} />
      </Field>
      <Field id="field-dateline" label={articleFieldLabels.dateline}>
        <input id="field-dateline" dir="auto" className="page-input page-input--dateline" value={values.dateline} maxLength={200} placeholder="Where the story was filed, e.g. LONDON" onChange={(event) => onChange({ dateline: event.target.value })} />
      </Field>
      <Field id="field-section" label={articleFieldLabels.section}>
        <input id="field-section" dir="auto" className="page-input" value={values.section} maxLength={200} placeholder="e.g. World" onChange={(event) => onChange({ section: event.target.value })} />
      </Field>
      <Field id="field-tags" label={articleFieldLabels.tags}>
        <TagsField id="field-tags" tags={values.tags} onChange={(tags) => onChange({ tags })} />
      </Field>
      <Field id={values.leadImage ? 'field-lead-image-alt' : 'field-lead-image-choose'} label="Lead image">
        <LeadImageField id="field-lead-image" value={values.leadImage} onChange={(leadImage) => onChange({ leadImage })} />
      </Field>
    </div>
  );
}
