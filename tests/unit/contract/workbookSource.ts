// A workbook for the import's tests, written as rows of plain values: text, a number (General), a
// percentage ({ percent: 0.88 }), Excel's error ({ error: '#N/A' }), a formula without its value
// ({ formula: 'B2/C2' }), or null for an empty cell. Each sheet is read at most once, and counted.
import type { Cell, CellRange, SheetInfo } from '../../../src/domain/spreadsheet/cells';
import type { WorkbookSource } from '../../../src/domain/contract/xlsxImport';

export type TestCell = string | number | null | { percent: number } | { error: string } | { formula: string };

export interface TestSheet {
  name: string;
  rows: TestCell[][];
  visibility?: SheetInfo['visibility'];
  merges?: CellRange[];
}

function cellOf(value: TestCell): Cell {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value, format: 'general', numFmt: 'General' };
  if ('percent' in value) return { kind: 'number', value: value.percent, format: 'percent', numFmt: '0%' };
  if ('error' in value) return { kind: 'error', error: value.error };
  return { kind: 'formula', formula: value.formula };
}

export function sourceOf(sheets: readonly TestSheet[]): WorkbookSource & { readCount: Map<string, number> } {
  const readCount = new Map<string, number>();
  return {
    sheets: sheets.map(({ name, visibility = 'visible' }) => ({ name, visibility })),
    readCount,
    read: (name) => {
      const sheet = sheets.find((candidate) => candidate.name === name)!;
      readCount.set(name, (readCount.get(name) ?? 0) + 1);
      return {
        sheet: name,
        visibility: sheet.visibility ?? 'visible',
        rows: sheet.rows.flatMap((cells, index) => (cells.some((cell) => cell !== null) ? [{ row: index + 1, cells: cells.map(cellOf) }] : [])),
        merges: sheet.merges ?? [],
      };
    },
  };
}
