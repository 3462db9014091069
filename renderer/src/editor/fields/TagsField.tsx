import { useState, type KeyboardEvent } from 'react';

export type TagsFieldProps = {
  id: string;
  tags: string[];
  onChange: (tags: string[]) => void;
};

const MAX_TAGS = 50;
const MAX_TAG_LENGTH = 100;

/** Tags as chips: Enter or comma adds what was typed, Backspace in the empty box removes the last. */
export function TagsField({ id, tags, onChange }: TagsFieldProps) {
  const [text, setText] = useState('');

  const addTags = (raw: string) => {
    const additions = raw
      .split(',')
      .map((tag) => tag.trim().slice(0, MAX_TAG_LENGTH))
      .filter((tag) => tag !== '' && !tags.some((existing) => existing.toLowerCase() === tag.toLowerCase()));
    if (additions.length > 0) onChange([...tags, ...new Set(additions)].slice(0, MAX_TAGS));
    setText('');
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      addTags(text);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="tags">
      <ul className="tags__list" aria-label="Tags added">
        {tags.map((tag) => (
          <li key={tag} className="chip">
            <span className="chip__text">{tag}</span>
            <button type="button" className="chip__remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((other) => other !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        className="tags__input"
        value={text}
        placeholder={tags.length === 0 ? 'Add tags, separated by commas' : 'Add a tag'}
        onChange={(event) => (event.target.value.includes(',') ? addTags(event.target.value) : setText(event.target.value))}
        onKeyDown={handleKeyDown}
        onBlur={() => addTags(text)}
        maxLength={MAX_TAG_LENGTH * 2}
      />
    </div>
  );
}
