// A worksheet's XML (xl/worksheets/sheetN.xml) to its rows, in chunks, by a scanner written for
// SpreadsheetML: it looks only for <sheetData>, <row>, <c> (and inside a cell <v>, <f>, <is>) and
// <mergeCell>, and steps over everything else tag by tag. A general XML parser building a DOM of
// a 100 MB sheet would take seconds and gigabytes; this keeps one row at a time.
// ECMA-376 Part 1, §18.3 (worksheet, sheetData, row, c, mergeCells).
import type { Cell, CellRange, SheetRow } from './cells';
import { cellOf, cellReference, EMPTY_CELL, type CellContext, type CellXml } from './cellValue';
import { WorkbookError } from './workbookError';
import { nameAt, rootPrefix, stringItem, textAt } from './xmlScan';
import { attributesOf, decodeXml } from './xmlText';

/** The last row and column a sheet can have (Excel 2007 on): 1,048,576 rows, 16,384 columns (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** A reference such as "AB12" from `from` to `to`: 0-based column (-1 if none written), 1-based row (0 if none). */
function parseReference(text: string, from: number, to: number): { column: number; row: number } {
  let column = 0;
  let row = 0;
  let at = from;
  for (; at < to; at++) {
    const code = text.charCodeAt(at) | 32; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + code - 96;
  }
  for (; at < to; at++) row = row * 10 + text.charCodeAt(at) - 48;
  return { column: column - 1, row };
}

export function parseRange(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(':');
  const start = parseReference(from!, 0, from!.length);
  const end = parseReference(to!, 0, to!.length);
  if (start.column < 0 || end.column < 0 || start.row < 1 || end.row < 1) return undefined;
  return { from: { row: start.row, column: start.column }, to: { row: end.row, column: end.column } };
}

export interface SheetScanner {
  scan: (text: string, final: boolean) => number;
  merges: CellRange[];
}

export function sheetScanner(sheet: string, part: string, context: CellContext, onRow: (row: SheetRow) => void): SheetScanner {
  const merges: CellRange[] = [];
  let prefix: string | undefined;
  let cellClose = '';
  let inSheetData = false;
  // The row being read: its number from <row r> (0 until known), its cells, whether any holds a value.
  let inRow = false;
  let rowNumber = 0;
  let cells: Cell[] = [];
  let hasValue = false;
  let nextColumn = 0;
  let lastRow = 0;
  // The element being read: its pieces, and its r reference (-1 and 0 when not written).
  const cell: CellXml = { type: 'n', style: 0, value: undefined, formula: undefined, inline: undefined };
  let refColumn = -1;
  let refRow = 0;
  let column = 0;
  const where = () => `the cell ${cellReference(rowNumber || lastRow + 1, column)} of the sheet "${sheet}"`;

  const damaged = (detail: string) => new WorkbookError('damaged', `the sheet "${sheet}" ${detail}`);

  function endRow() {
    const number = rowNumber || lastRow + 1;
    if (number <= lastRow) throw damaged(`has row ${number} after row ${lastRow}, out of order`);
    if (number > MAX_ROW) throw damaged(`has a row, ${number}, beyond the last a sheet can have`);
    lastRow = number;
    if (hasValue) onRow({ row: number, cells });
    inRow = false;
  }

  /**
   * Reads the attributes of a <c> or <row> start tag between `from` and `to`: r into refColumn and
   * refRow ("B7", or "7" for a row), s and t into `cell`. Written out by hand: it runs for every cell.
   */
  function readAttributes(text: string, from: number, to: number) {
    refColumn = -1;
    refRow = 0;
    cell.type = 'n';
    cell.style = 0;
    for (let at = from; at < to; ) {
      const eq = text.indexOf('=', at);
      if (eq < 0 || eq >= to) return;
      let nameStart = at;
      while (text.charCodeAt(nameStart) <= 32) nameStart++;
      const quote = text.charCodeAt(eq + 1) === 39 ? "'" : '"';
      const valueStart = text.indexOf(quote, eq) + 1;
      const valueEnd = text.indexOf(quote, valueStart);
      if (valueEnd < 0) return;
      if (eq - nameStart === 1) {
        const name = text.charCodeAt(nameStart);
        if (name === 114) {
          // r: letters for the column (1-based here), then digits for the row.
          let letters = 0;
          let index = valueStart;
          for (let code = text.charCodeAt(index) | 32; index < valueEnd && code >= 97 && code <= 122; code = text.charCodeAt(++index) | 32) letters = letters * 26 + code - 96;
          let digits = 0;
          for (; index < valueEnd; index++) digits = digits * 10 + text.charCodeAt(index) - 48;
          refColumn = letters - 1;
          refRow = digits;
        } else if (name === 115) {
          let style = 0;
          for (let index = valueStart; index < valueEnd; index++) style = style * 10 + text.charCodeAt(index) - 48;
          cell.style = style;
        } else if (name === 116) cell.type = text.slice(valueStart, valueEnd);
      }
      at = valueEnd + 1;
    }
  }

  /** Reads a cell's <v>, <f> and <is> between `from` and `to` into `cell`. */
  function readCellContent(text: string, from: number, to: number, prefix: string) {
    for (let at = from; ; ) {
      const lt = text.indexOf('<', at);
      if (lt < 0 || lt >= to) return;
      const name = lt + 1;
      const isValue = nameAt(text, name, prefix, 'v');
      if (isValue || nameAt(text, name, prefix, 'f')) {
        const gt = text.indexOf('>', name);
        let content = '';
        at = gt + 1;
        if (text.charCodeAt(gt - 1) !== 47) {
          const end = text.indexOf('<', gt + 1);
          if (text.charCodeAt(end + 1) === 33) {
            const read = textAt(text, gt + 1);
            content = read.value;
            at = read.end;
          } else {
            content = decodeXml(text.slice(gt + 1, end));
            // Past the closing </v> or </f> at once.
            at = text.indexOf('>', end) + 1;
          }
        }
        if (isValue) cell.value = content;
        else cell.formula = content;
      } else if (nameAt(text, name, prefix, 'is')) {
        const end = text.indexOf(`</${prefix}is>`, name);
        const stop = end < 0 || end > to ? to : end;
        cell.inline = stringItem(text, name, stop, prefix);
        at = stop;
      } else {
        at = name;
      }
    }
  }

  /** Reads one `<c>` whose start tag runs from `lt` to `gt`; returns where to go on, or -1 to wait for more text. */
  function readCell(text: string, lt: number, gt: number, prefix: string): number {
    const selfClosing = text.charCodeAt(gt - 1) === 47;
    readAttributes(text, lt + 2 + prefix.length, selfClosing ? gt - 1 : gt);
    let end = gt + 1;
    cell.value = cell.formula = cell.inline = undefined;
    if (!selfClosing) {
      const close = text.indexOf(cellClose, gt);
      if (close < 0) return -1;
      readCellContent(text, gt + 1, close, prefix);
      end = close + cellClose.length;
    }
    column = refColumn < 0 ? nextColumn : refColumn;
    if (column >= MAX_COLUMN) throw damaged(`has a cell beyond the last column a sheet can have`);
    if (rowNumber === 0 && refRow > lastRow) rowNumber = refRow;
    nextColumn = column + 1;
    const value = cellOf(cell, context, where);
    if (value.kind !== 'empty') {
      while (cells.length < column) cells.push(EMPTY_CELL);
      cells[column] = value;
      hasValue = true;
    }
    return end;
  }

  function startRow(text: string, lt: number, gt: number, prefix: string) {
    readAttributes(text, lt + 4 + prefix.length, gt);
    rowNumber = refRow;
    cells = [];
    hasValue = false;
    nextColumn = 0;
    inRow = true;
    if (text.charCodeAt(gt - 1) === 47) endRow();
  }

  function scan(text: string, final: boolean): number {
    if (prefix === undefined) {
      prefix = rootPrefix(text, part, ['worksheet', 'chartsheet', 'dialogsheet', 'macrosheet']);
      if (prefix === undefined) {
        if (final) throw damaged('is empty or cut short');
        return 0;
      }
      cellClose = `</${prefix}c>`;
    }
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) break;
      const gt = text.indexOf('>', lt);
      if (gt < 0) return lt;
      const next = text.charCodeAt(lt + 1);
      if (next === 33 && text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt);
        if (end < 0) return lt;
        at = end + 3;
        continue;
      }
      at = gt + 1;
      if (inSheetData) {
        if (next === 47) {
          if (nameAt(text, lt + 2, prefix, 'row')) {
            if (inRow) endRow();
          } else if (nameAt(text, lt + 2, prefix, 'sheetData')) inSheetData = false;
        } else if (inRow && nameAt(text, lt + 1, prefix, 'c')) {
          const end = readCell(text, lt, gt, prefix);
          if (end < 0) {
            if (final) break;
            return lt;
          }
          at = end;
        } else if (nameAt(text, lt + 1, prefix, 'row')) startRow(text, lt, gt, prefix);
      } else if (nameAt(text, lt + 1, prefix, 'sheetData')) {
        inSheetData = text.charCodeAt(gt - 1) !== 47;
      } else if (nameAt(text, lt + 1, prefix, 'mergeCell')) {
        const range = parseRange(attributesOf(text.slice(lt, gt)).get('ref') ?? '');
        if (range) merges.push(range);
      }
    }
    if (final && (inSheetData || inRow)) throw damaged('is cut short: the file is incomplete or damaged');
    return text.length;
  }

  return { scan, merges };
}
