// One `<c>` element's pieces (its type `t`, style `s`, cached value `<v>`, formula `<f>`, inline
// string `<is>`) to the cell as Excel shows it. ECMA-376 Part 1, §18.3.1.4 (c) and §18.18.11
// (ST_CellType: b, d, e, inlineStr, n, s, str).
import type { Cell } from './cells';
import { dayFromSerial } from './excelDate';
import type { FormatMeaning } from './numberFormats';
import { WorkbookError } from './workbookError';
import { unescapeXstring } from './xmlText';

export interface CellContext {
  sharedStrings: readonly string[];
  /** The workbook's cell styles (cellXfs), by the `s` index. */
  styles: readonly FormatMeaning[];
  date1904: boolean;
}

/** The one empty cell, shared: rows hold many. */
export const EMPTY_CELL: Cell = Object.freeze({ kind: 'empty' });

const GENERAL: FormatMeaning = { isDate: false, format: 'general', code: 'General' };

/** "A1" for 1-based row and 0-based column. */
export function cellReference(row: number, column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return `${letters}${row}`;
}

export interface CellXml {
  /** The `t` attribute; "n" when absent. */
  type: string;
  style: number;
  /** The text of `<v>`, XML-decoded; undefined without a `<v>`. */
  value: string | undefined;
  /** The text of `<f>`; undefined without a formula ("" for a cell sharing another's formula). */
  formula: string | undefined;
  /** The text of `<is>`, runs joined; undefined without one. */
  inline: string | undefined;
}

function numberCell(value: string, style: number, context: CellContext, where: () => string): Cell {
  const number = Number(value);
  if (!Number.isFinite(number) || value.trim() === '') throw new WorkbookError('damaged', `${where()} holds "${value}" where a number belongs`);
  const meaning = style === 0 ? (context.styles[0] ?? GENERAL) : context.styles[style];
  if (!meaning) throw new WorkbookError('damaged', `${where()} has a style, ${style}, the workbook does not define`);
  if (meaning.isDate) {
    const date = dayFromSerial(number, context.date1904);
    // A serial Excel shows as no real day (negative, 0, the 29 February 1900 that never was) stays a number.
    if (date) return { kind: 'date', date, serial: number };
    return { kind: 'number', value: number, format: 'other', numFmt: meaning.code };
  }
  return { kind: 'number', value: number, format: meaning.format, numFmt: meaning.code };
}

function isRealDay(year: number, month: number, day: number): boolean {
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]!;
}

/** A `t="d"` cell: an ISO 8601 date and time as written; its day, or the text if it is not one. */
function isoDateCell(value: string): Cell {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value.trim());
  if (match && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]))) return { kind: 'date', date: `${match[1]}-${match[2]}-${match[3]}` };
  return { kind: 'text', text: value };
}

/** The cell; `where` names it ("Sheet1!B7") for a damaged file's message. */
export function cellOf(xml: CellXml, context: CellContext, where: () => string): Cell {
  const { type, value } = xml;
  if (type === 'inlineStr') return { kind: 'text', text: xml.inline ?? unescapeXstring(value ?? '') };
  if (type === 'str') {
    if (value !== undefined) return { kind: 'text', text: unescapeXstring(value) };
  } else if (value !== undefined && value !== '') {
    switch (type) {
      case 's': {
        const text = context.sharedStrings[Number(value)];
        if (text === undefined) throw new WorkbookError('damaged', `${where()} refers to shared string ${value}, which the workbook does not have`);
        return { kind: 'text', text };
      }
      case 'n':
        return numberCell(value, xml.style, context, where);
      case 'b':
        if (value === '1' || value === 'true') return { kind: 'boolean', value: true };
        if (value === '0' || value === 'false') return { kind: 'boolean', value: false };
        throw new WorkbookError('damaged', `${where()} holds "${value}" where TRUE or FALSE belongs`);
      case 'e':
        return { kind: 'error', error: value };
      case 'd':
        return isoDateCell(value);
      default:
        throw new WorkbookError('damaged', `${where()} has a type, "${type}", that a workbook does not have`);
    }
  }
  // No value saved: a formula never calculated, or an empty (perhaps formatted) cell.
  return xml.formula !== undefined ? { kind: 'formula', formula: xml.formula } : EMPTY_CELL;
}
