import { useState } from 'react';
import { articleFieldLabels } from '../../../../electron/shared/model/review';
import { cleanSlug, followingSlug } from '../../../../electron/shared/model/slugify';
import { CharacterCounter } from './CharacterCounter';
import { Field } from './ArticleFieldsForm';
import { fieldLimits, type EditableFields } from './editableFields';
import { Icon } from '../../ui/Icon';

export type PublishingPanelProps = {
  values: EditableFields;
  /** The slug the store gave the draft (it may carry a `-2` to stay unique). */
  savedSlug: string;
  onChange: (changes: Partial<EditableFields>) => void;
};

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The slug as it is being typed: what will be saved, with the hyphen of a word just ended. */
function typedSlug(typed: string, language: string): string {
  const cleaned = cleanSlug(typed, language);
  return cleaned !== '' && /[^\p{L}\p{M}\p{N}]$/u.test(typed) ? `${cleaned}-` : cleaned;
}

/** Slug, SEO title and description, language: collapsed until wanted. */
export function PublishingPanel({ values, savedSlug, onChange }: PublishingPanelProps) {
  const [open, setOpen] = useState(false);
  const [slugText, setSlugText] = useState(values.slugLocked ? values.slug : '');
  const [language, setLanguage] = useState(values.language);
  const languageValid = LANGUAGE_TAG.test(language);
  // What is being typed (with the hyphen of a word just ended) while it is the draft's slug; the draft's slug once
  // it is another (set on another laptop).
  const handSlug = cleanSlug(slugText, values.language) === values.slug ? slugText : values.slug;
  const shownSlug = values.slugLocked ? handSlug : followingSlug(values.headline, values.language, savedSlug);

  const handleSlugChange = (typed: string) => {
    const cleaned = cleanSlug(typed, values.language);
    setSlugText(typedSlug(typed, values.language));
    onChange(cleaned === '' ? { slug: '', slugLocked: false } : { slug: cleaned, slugLocked: true });
  };

  return (
    <section className="publishing" aria-labelledby="publishing-toggle">
      <h2 className="publishing__heading">
        <button id="publishing-toggle" type="button" className="publishing__toggle" aria-expanded={open} aria-controls="publishing-body" onClick={() => setOpen(!open)}>
          <span className={`publishing__chevron${open ? ' publishing__chevron--open' : ''}`}>
            <Icon name="chevron" />
          </span>
          Publishing
          <span className="publishing__summary">{shownSlug === '' ? 'no slug yet' : <bdi>/{shownSlug}</bdi>}</span>
        </button>
      </h2>
      <div id="publishing-body" className="publishing__body" hidden={!open}>
        <Field id="field-slug" label={articleFieldLabels.slug} aside={<span id="slug-hint" className="hint">{values.slugLocked ? 'Set by hand. Clear it to follow the headline again.' : 'Follows the headline until you edit it.'}</span>}>
          <input id="field-slug" dir="auto" className="input input--mono" value={shownSlug} maxLength={200} aria-describedby="slug-hint" onChange={(event) => handleSlugChange(event.target.value)} />
        </Field>
        <Field id="field-seo-title" label={articleFieldLabels.seoTitle} aside={<CharacterCounter id="count-seo-title" length={values.seoTitle.length} limit={fieldLimits.seoTitle} />}>
          <input id="field-seo-title" dir="auto" className="input" value={values.seoTitle} maxLength={500} aria-describedby="count-seo-title" placeholder={values.headline || 'Title for search engines'} onChange={(event) => onChange({ seoTitle: event.target.value })} />
        </Field>
        <Field id="field-seo-description" label={articleFieldLabels.seoDescription} aside={<CharacterCounter id="count-seo-description" length={values.seoDescription.length} limit={fieldLimits.seoDescription} />}>
          <textarea id="field-seo-description" dir="auto" className="input input--area" value={values.seoDescription} maxLength={2000} rows={2} aria-describedby="count-seo-description" placeholder={values.dek || 'Summary shown in search results'} onChange={(event) => onChange({ seoDescription: event.target.value })} />
        </Field>
        <Field id="field-language" label={articleFieldLabels.language} aside={<span id="language-hint" className={`hint${languageValid ? '' : ' hint--error'}`}>{languageValid ? 'A language tag such as en, fr or pt-BR.' : 'Not saved: use a language tag such as en, fr or pt-BR.'}</span>}>
          <input
            id="field-language"
            className="input input--short"
            value={language}
            maxLength={35}
            aria-invalid={!languageValid}
            aria-describedby="language-hint"
            onChange={(event) => {
              setLanguage(event.target.value);
              if (LANGUAGE_TAG.test(event.target.value)) onChange({ language: event.target.value });
            }}
          />
        </Field>
      </div>
    </section>
  );
}
