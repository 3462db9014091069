/**
 * The spellchecker languages for an article in `language` (a BCP 47 tag such as `en`, `pt-BR`),
 * from those the spellchecker has (`session.availableSpellCheckerLanguages`, e.g. `en-US`, `pt-BR`,
 * `fr`): the same tag in any case, else the bare language (`de-AT` → `de`), else `en-US` for English,
 * else the language's first regional variant (`pt` → `pt-BR`).
 * Empty when there is no dictionary for the language: no checking beats marking every word wrong.
 */
export function spellCheckerLanguages(language: string, available: readonly string[]): string[] {
  const wanted = language.trim().toLowerCase();
  const base = wanted.split('-')[0] ?? '';
  if (base === '') return [];
  const lower = available.map((code) => code.toLowerCase());
  const pick = (index: number): string[] => (index === -1 ? [] : [available[index] ?? '']);
  const exact = lower.indexOf(wanted);
  if (exact !== -1) return pick(exact);
  const bare = lower.indexOf(base);
  if (bare !== -1) return pick(bare);
  const preferred = base === 'en' ? lower.indexOf('en-us') : -1;
  if (preferred !== -1) return pick(preferred);
  return pick(lower.findIndex((code) => code.startsWith(`${base}-`)));
}
