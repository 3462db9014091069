/**
 * The key the library sorts headlines by, compared byte for byte: case and accents folded, and
 * every run of digits prefixed with its length so numbers sort by value ("(26)" before "(116)").
 */
export function headlineSortKey(headline: string): string {
  return headline
    .trim()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[0-9]+/g, (digits) => {
      const number = digits.replace(/^0+(?=[0-9])/, '');
      return `${String(number.length).padStart(3, '0')}${number}`;
    });
}
