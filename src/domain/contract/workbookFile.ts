// A workbook's bytes to the month's snapshot, for `npm run import` and the Data page's preview (in a
// module Web Worker there): opened with spreadsheet/xlsx.ts (an .xlsx or .xlsm; an .xls, .xlsb or
// .ods refused by name with how to save it as .xlsx; a workbook unpacking to more than the reader's
// cap refused at once, before anything is unpacked), only the sheets the import needs read, with
// progress, then converted by xlsxImport.ts. Kept apart from xlsxImport.ts so that only what reads
// a workbook loads the reader.
import { WorkbookError } from '../spreadsheet/workbookError';
import { openWorkbook, readSheetRows, type OpenWorkbookResult } from '../spreadsheet/xlsx';
import type { Indicator } from '../schema';
import { snapshotFromWorkbook, type WorkbookResult, type WorkbookSource } from './xlsxImport';

const SAVE_AS_XLSX = 'in Excel choose Save As, "Excel Workbook (*.xlsx)"';

/** Why the workbook was refused, in words that end with what to do. */
export function refusal(result: Extract<OpenWorkbookResult, { ok: false }>): string {
  switch (result.reason) {
    case 'not-a-workbook':
      return `not an Excel workbook (.xlsx); ${SAVE_AS_XLSX}`;
    case 'xls':
    case 'xlsb':
      return `not an Excel workbook (.xlsx) but ${result.detail}; ${SAVE_AS_XLSX}`;
    case 'ods':
      return `not an Excel workbook (.xlsx) but ${result.detail}; in LibreOffice choose File, Save As, "Excel 2007-365 (.xlsx)"`;
    case 'encrypted':
      return `${result.detail}; open it in Excel, remove the password (File, Info, Protect Workbook, Encrypt with Password) and save it again`;
    case 'too-large':
      return `a workbook too large to read (${result.detail}); keep the month's Figures and Workstreams sheets in a workbook of their own`;
    case 'damaged':
      return `a workbook that cannot be read (${result.detail})`;
  }
}

/** Each sheet read, as far as it has got: the fraction of that sheet done, 0 to 1. */
export type WorkbookProgress = (sheet: string, fraction: number) => void;

/** The workbook's sheets, each read only when asked for; or why it cannot be read. */
export function openFiguresWorkbook(bytes: Uint8Array, onProgress?: WorkbookProgress): { ok: true; workbook: WorkbookSource } | { ok: false; detail: string } {
  const opened = openWorkbook(bytes);
  if (!opened.ok) return { ok: false, detail: refusal(opened) };
  const { workbook } = opened;
  return {
    ok: true,
    workbook: {
      sheets: workbook.sheets,
      read: (name) => {
        const { rows, merges } = readSheetRows(workbook, name, { onProgress: (fraction) => onProgress?.(name, fraction) });
        const visibility = workbook.sheets.find((sheet) => sheet.name === name)?.visibility ?? 'visible';
        return { sheet: name, visibility, rows, merges };
      },
    },
  };
}

export type FiguresWorkbookResult = WorkbookResult | { ok: false; problems: []; detail: string };

/** The month's snapshot from a workbook's bytes, or its problems, or why it cannot be read at all. */
export function figuresFromWorkbook(
  bytes: Uint8Array,
  month: string,
  fileName: string,
  indicators: readonly Pick<Indicator, 'id' | 'unit'>[],
  onProgress?: WorkbookProgress,
): FiguresWorkbookResult {
  const opened = openFiguresWorkbook(bytes, onProgress);
  if (!opened.ok) return { ok: false, problems: [], detail: opened.detail };
  try {
    return snapshotFromWorkbook(opened.workbook, month, fileName, indicators);
  } catch (error) {
    // A sheet found damaged part-way through reading it.
    if (error instanceof WorkbookError) return { ok: false, problems: [], detail: refusal({ ok: false, reason: error.reason, detail: error.detail }) };
    throw error;
  }
}
