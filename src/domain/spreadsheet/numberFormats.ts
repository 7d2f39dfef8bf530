// What a number format (styles.xml's numFmtId and format code) makes of a number: a percentage, a
// date, or a plain number. Excel stores 88% as 0.88 and a date as a day count: only the format says
// which is meant. Source: ECMA-376 Part 1, §18.8.30 (numFmt) for the built-in formats and §18.8.31
// for the format code's syntax.
import type { NumberFormat } from './cells';

export interface FormatMeaning {
  /** A date format: the number is a day serial. */
  isDate: boolean;
  format: NumberFormat;
  /** The format code; empty for a built-in format whose code depends on the reader's locale. */
  code: string;
}

/** The built-in formats the standard gives a fixed code (ids 0 to 49; the rest depend on locale). */
const BUILT_IN_CODES: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Built-in date and time formats: 14-22 everywhere, 27-36 and 50-58 in East Asian locales, 45-47. */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * The format code with what is not a format token taken out: "quoted text", \x and the two
 * characters of _x (a space as wide as x) and *x (repeat x to fill), and [bracketed] parts
 * ([Red], [$-809], [h], [<100]).
 */
function tokensOf(code: string): string {
  return code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
}

/** The meaning of a format code (a custom format from styles.xml's numFmts). */
export function meaningOfCode(code: string): FormatMeaning {
  const tokens = tokensOf(code);
  // Day, month and year tokens make a date (m alone is also minutes, as in h:mm: Excel stores a
  // time as the fraction of a day, so it is read as a date too, as the built-in 18-21 are).
  const isDate = /[dmy]/i.test(tokens);
  const format: NumberFormat = code.trim().toLowerCase() === 'general' ? 'general' : !isDate && tokens.includes('%') ? 'percent' : 'other';
  return { isDate, format, code };
}

/** The meaning of a cell's numFmtId, given the workbook's custom codes (which win over the built-in ones). */
export function meaningOfFormat(id: number, customCodes: ReadonlyMap<number, string>): FormatMeaning {
  const custom = customCodes.get(id);
  if (custom !== undefined) return meaningOfCode(custom);
  if (id === 9 || id === 10) return { isDate: false, format: 'percent', code: BUILT_IN_CODES[id]! };
  return { isDate: isBuiltInDate(id), format: id === 0 ? 'general' : 'other', code: BUILT_IN_CODES[id] ?? '' };
}
