import { personName } from '../personStore';

/** The name suggestions are made under: Settings > "Your name", or a plain stand-in until it is given. */
export function suggestionAuthor(): string {
  const name = personName()?.trim() ?? '';
  return name === '' ? 'Unnamed editor' : name;
}
