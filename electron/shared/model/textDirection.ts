// Languages written right to left, by their primary subtag (ISO 639): Arabic, Hebrew, Persian, Urdu,
// Pashto, Sindhi, Sorani Kurdish, Dhivehi, Uyghur, Yiddish, and `iw`, Hebrew's old code.
const RIGHT_TO_LEFT_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ckb', 'dv', 'ug', 'yi']);
// Scripts written right to left, for tags that name one (`az-Arab`, `pa-Arab`, `ar-Latn` is left to right).
const RIGHT_TO_LEFT_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/** The direction of a language tag's script: `rtl` for Arabic, Hebrew, Persian, Urdu (with any subtags, as in `ar-EG`) and the like, else `ltr`. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  const [primary = '', ...rest] = language.toLowerCase().split(/[-_]/);
  const script = rest.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script !== undefined) return RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RIGHT_TO_LEFT_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
