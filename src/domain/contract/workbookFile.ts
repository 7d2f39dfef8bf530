// Unzipping an .xlsx workbook into its sheets' cells, with read-excel-file's universal build (the
// same code in the browser and in Node: it takes an ArrayBuffer and uses fflate, no Node streams).
// Kept apart from xlsxImport.ts so that only pages that read a workbook load the library, with a
// dynamic import.
import readXlsxFile from 'read-excel-file/universal';
import type { WorkbookSheet } from './xlsxImport';

export type ReadWorkbookResult = { ok: true; sheets: WorkbookSheet[] } | { ok: false; detail: string };

/** The ZIP signature every .xlsx starts with ("PK\x03\x04"). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readWorkbook(bytes: Uint8Array): Promise<ReadWorkbookResult> {
  if (!looksLikeXlsx(bytes)) {
    return { ok: false, detail: 'not an Excel workbook (.xlsx); in Excel choose Save As, "Excel Workbook (*.xlsx)"' };
  }
  try {
    const copy = bytes.slice().buffer;
    const sheets = await readXlsxFile(copy, { trim: false });
    return { ok: true, sheets: sheets.map(({ sheet, data }) => ({ sheet, data: data as WorkbookSheet['data'] })) };
  } catch (error) {
    return { ok: false, detail: `a workbook that cannot be read (${(error as Error).message})` };
  }
}
