/** A stable hue (0–359) for an author's suggestions: the same name always gets the same colour. */
export function suggestionHue(author: string): number {
  let hash = 0;
  for (const character of author) hash = (Math.imul(hash, 31) + (character.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}
