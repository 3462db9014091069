import { Extension, textInputRule } from '@tiptap/core';

// Opening quotes follow a line start, a space, an opening bracket or another opening quote.
const OPENS_AFTER = String.raw`(?:^|[\s{[(<'"\u2018\u201C\u2014\u2013])`;

/** The replacements smart typography makes as the reporter types: curly quotes, dashes, ellipsis. */
export const smartTypographyRules = [
  { name: 'emDash', find: /--$/, replace: '\u2014' },
  { name: 'enDash', find: /(?<=\S\s)(-)\s$/, replace: '\u2013' },
  { name: 'ellipsis', find: /\.\.\.$/, replace: '\u2026' },
  { name: 'openDoubleQuote', find: new RegExp(`${OPENS_AFTER}(")$`), replace: '\u201C' },
  { name: 'closeDoubleQuote', find: /"$/, replace: '\u201D' },
  { name: 'openSingleQuote', find: new RegExp(`${OPENS_AFTER}(')$`), replace: '\u2018' },
  { name: 'closeSingleQuote', find: /'$/, replace: '\u2019' },
] as const;

/**
 * Smart typography for the body, as typed: "quotes" become “curly”, it's becomes it’s, -- an em
 * dash, a spaced hyphen an en dash and ... an ellipsis. Backspace right after undoes a replacement.
 */
export const SmartTypography = Extension.create({
  name: 'smartTypography',

  addInputRules() {
    return smartTypographyRules.map((rule) => textInputRule({ find: rule.find, replace: rule.replace }));
  },
});
